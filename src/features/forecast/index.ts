export { Forecast } from './forecast';
export { toBudgetTable, type BudgetTable, type BudgetRow } from './budget-rows';
export { toResidenceSeries, type ResidenceSeries } from './residence-series';
