import { memo, useDeferredValue, useMemo } from 'react';
import type { Projection } from '../../engine';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import { rangeSentences } from '../../report/range-text';
import { selectProjection, selectProjectionRange, useAppStore } from '../../store';
import { BudgetChart, GrantChart, HousingChart, preloadDrawings, ProgrammeChart } from '../../components/charts';
import { BudgetTable } from './budget-table';
import { InvestmentSection } from './investment-section';
import { PlanSummary } from '../../components/plan-summary';
import { preloadResidenceDrawing, ResidenceChart } from './residence-chart';
import './forecast.css';

/** Starts loading the charts' drawings (Recharts), which come after the first paint: as the plan screen opens. */
export function preloadForecastDrawings(): void {
  preloadDrawings();
  preloadResidenceDrawing();
}

/**
 * The five charts. They follow an edit in a render of their own (a deferred value), after the
 * frame that shows the typed figure and the totals: drawing them is most of an edit's work, and
 * those out of view keep their drawing until seen (ChartFrame).
 */
const ForecastCharts = memo(function ForecastCharts({ projection }: { readonly projection: Projection }) {
  const charted = useDeferredValue(projection);
  return (
    <>
      <GrantChart projection={charted} />
      <BudgetChart projection={charted} />
      <ResidenceChart projection={charted} />
      <HousingChart projection={charted} />
      <ProgrammeChart projection={charted} />
    </>
  );
});

/** The forecast screen: totals for the economy plan and horizon, the charts, the budget and the investment budget. */
export function Forecast() {
  const t = useMessages();
  const f = useFormat();
  const projection = useAppStore(selectProjection);
  const range = useAppStore(selectProjectionRange);
  const rangeNotes = useMemo(() => (projection && range ? rangeSentences(projection, range, t, f) : []), [projection, range, t, f]);
  const acquisitionCost = useAppStore((state) => state.scenario.costs.acquisitionCostPerUnit);
  if (projection === null) return null;
  return (
    <section className="forecast panel" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t.forecast.heading}</h2>
      <PlanSummary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} rangeNotes={rangeNotes} />
      <ForecastCharts projection={projection} />
      <BudgetTable projection={projection} />
      <InvestmentSection projection={projection} acquisitionCost={acquisitionCost} />
    </section>
  );
}
