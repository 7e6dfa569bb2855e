export { Forecast } from './forecast';
export { toGrantSeries, GRANT_GROUPS, GROUP_OF_LINE, type GrantSeries, type GrantGroupId } from './grant-series';
export { toBudgetTable, type BudgetTable, type BudgetRow } from './budget-rows';
