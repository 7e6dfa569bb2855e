import { memo, useDeferredValue, useMemo } from 'react';
import type { Projection, ProjectionRange } from '../../engine';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import { rangeSentences } from '../../report/range-text';
import { useAppStore } from '../../store';
import { useDeferredProjection, useDeferredProjectionRange } from '../../hooks/use-deferred-projection';
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

/** The five charts; those out of view keep their drawing until seen (ChartFrame). */
const ForecastCharts = memo(function ForecastCharts({ projection }: { readonly projection: Projection }) {
  return (
    <>
      <GrantChart projection={projection} />
      <BudgetChart projection={projection} />
      <ResidenceChart projection={projection} />
      <HousingChart projection={projection} />
      <ProgrammeChart projection={projection} />
    </>
  );
});

interface ForecastBodyProps {
  readonly projection: Projection;
  readonly range: ProjectionRange | null;
  readonly acquisitionCost: number;
}

/** Totals, charts and tables of one projection: rendered again only when the projection (or the cost per dwelling) changes. */
const ForecastBody = memo(function ForecastBody({ projection, range, acquisitionCost }: ForecastBodyProps) {
  const t = useMessages();
  const f = useFormat();
  const rangeNotes = useMemo(() => (range ? rangeSentences(projection, range, t, f) : []), [projection, range, t, f]);
  return (
    <>
      <PlanSummary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} rangeNotes={rangeNotes} />
      <ForecastCharts projection={projection} />
      <BudgetTable projection={projection} />
      <InvestmentSection projection={projection} acquisitionCost={acquisitionCost} />
    </>
  );
});

/**
 * The forecast screen: totals for the economy plan and horizon, the charts, the budget and the
 * investment budget. All of it follows an edit in a deferred render (useDeferredProjection), after
 * the frame that shows the typed figure: the projection and its drawing are most of an edit's work.
 */
export function Forecast() {
  const t = useMessages();
  const projection = useDeferredProjection();
  const range = useDeferredProjectionRange();
  // Deferred with the projection: an edit of the cost itself shows beside the projection it gives.
  const acquisitionCost = useDeferredValue(useAppStore((state) => state.scenario.costs.acquisitionCostPerUnit));
  if (projection === null) return null;
  return (
    <section className="forecast panel" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t.forecast.heading}</h2>
      <ForecastBody projection={projection} range={range} acquisitionCost={acquisitionCost} />
    </section>
  );
}
