import { useMemo } from 'react';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import { rangeSentences } from '../../report/range-text';
import { selectProjection, selectProjectionRange, useAppStore } from '../../store';
import { BudgetChart, GrantChart, HousingChart, ProgrammeChart } from '../../components/charts';
import { BudgetTable } from './budget-table';
import { InvestmentSection } from './investment-section';
import { PlanSummary } from '../../components/plan-summary';
import { ResidenceChart } from './residence-chart';
import './forecast.css';

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
      <GrantChart projection={projection} />
      <BudgetChart projection={projection} />
      <ResidenceChart projection={projection} />
      <HousingChart projection={projection} />
      <ProgrammeChart projection={projection} />
      <BudgetTable projection={projection} />
      <InvestmentSection projection={projection} acquisitionCost={acquisitionCost} />
    </section>
  );
}
