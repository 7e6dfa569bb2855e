import { useMessages } from '../../i18n/use-messages';
import { selectProjection, useAppStore } from '../../store';
import { BudgetChart, GrantChart, HousingChart, ProgrammeChart } from '../../components/charts';
import { BudgetTable } from './budget-table';
import { InvestmentSection } from './investment-section';
import { PlanSummary } from './plan-summary';
import { ResidenceChart } from './residence-chart';
import './forecast.css';

/** The forecast screen: totals for the economy plan and horizon, the charts, the budget and the investment budget. */
export function Forecast() {
  const t = useMessages();
  const projection = useAppStore(selectProjection);
  const acquisitionCost = useAppStore((state) => state.scenario.costs.acquisitionCostPerUnit);
  if (projection === null) return null;
  return (
    <section className="forecast panel" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t.forecast.heading}</h2>
      <PlanSummary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} />
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
