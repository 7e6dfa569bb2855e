import { useMessages } from '../../i18n/use-messages';
import { selectProjection, useAppStore } from '../../store';
import { BudgetTable } from './budget-table';
import { GrantChart } from './grant-chart';
import { PlanSummary } from './plan-summary';
import './forecast.css';

/** The forecast screen: totals for the economy plan and horizon, the grant chart, the budget. */
export function Forecast() {
  const t = useMessages();
  const projection = useAppStore(selectProjection);
  if (projection === null) return null;
  return (
    <section className="forecast panel" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t.forecast.heading}</h2>
      <PlanSummary economyPlan={projection.budget.economyPlan} horizon={projection.budget.horizon} />
      <GrantChart projection={projection} />
      <BudgetTable projection={projection} />
    </section>
  );
}
