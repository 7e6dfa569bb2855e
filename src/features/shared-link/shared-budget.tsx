import { BudgetYearTable } from '../../components/budget-year-table';
import type { Projection } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { PlanSummary } from '../../components/plan-summary';
import { sharedBudgetRows } from './selectors';

/**
 * The shared scenario's budget: the economy plan and horizon totals, and the yearly table as the
 * plan shows it. A plain block, not a second region: the totals' own section already is the
 * landmark named «Sum for perioden» (two would be a duplicate landmark).
 */
export function SharedBudget({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const v = t.sharedLink.view;
  return (
    <div className="shared-budget">
      <PlanSummary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} />
      <h3>{v.tableHeading}</h3>
      <BudgetYearTable years={projection.years} groups={sharedBudgetRows(projection, t)} caption={v.tableCaption} captionId="shared-budget-caption" />
      <p className="shared-legend">
        <span className="estimate-marker" aria-hidden="true">
          {t.forecast.estimatedMarker}
        </span>
        <span className="visually-hidden">{t.forecast.estimatedLegendSr}</span> {t.forecast.estimatedLegend}
      </p>
    </div>
  );
}
