import { useId, useMemo } from 'react';
import { BudgetYearTable } from '../../components/budget-year-table';
import type { Projection } from '../../engine';
import { budgetRows, groupBudgetRows } from '../../report/budget-rows';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';

/** The yearly budget on the plan, with the choice to show lines that are zero in every year. */
export function BudgetTable({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const captionId = useId();
  const showZeroLines = useAppStore((state) => state.ui.showZeroLines);
  const setShowZeroLines = useAppStore((state) => state.setShowZeroLines);
  const groups = useMemo(() => groupBudgetRows(budgetRows(projection, t), showZeroLines), [projection, t, showZeroLines]);

  return (
    <section className="budget" aria-labelledby={`${captionId}-heading`}>
      <h3 id={`${captionId}-heading`}>{t.forecast.tableHeading}</h3>
      <div className="table-options">
        <label className="checkbox">
          <input type="checkbox" checked={showZeroLines} onChange={(e) => setShowZeroLines(e.target.checked)} />
          {t.forecast.showZeroLines}
        </label>
        {groups.hiddenLines > 0 && <span className="muted">{t.forecast.hiddenLines(groups.hiddenLines)}</span>}
      </div>
      <BudgetYearTable years={projection.years} groups={groups} caption={t.forecast.tableCaption} captionId={captionId} />
      <p className="legend">
        <span className="estimate-marker" aria-hidden="true">
          {t.forecast.estimatedMarker}
        </span>
        <span className="visually-hidden">{t.forecast.estimatedLegendSr}</span> {t.forecast.estimatedLegend}
      </p>
      <p className="muted">{t.forecast.costsNote}</p>
    </section>
  );
}
