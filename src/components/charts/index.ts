/**
 * The charts that several screens show (the forecast, the meeting mode and the printed budget
 * summary): each a pure `to…Series(projection)` and a thin Recharts view in the chart frame.
 */
export { GrantChart } from './grant-chart';
export { BudgetChart } from './budget-chart';
export { HousingChart, ProgrammeChart } from './capacity-chart';
export { toGrantSeries, GRANT_GROUPS, GROUP_OF_LINE, type GrantSeries, type GrantGroupId } from './grant-series';
export { toBudgetSeries, type BudgetSeries } from './budget-series';
export { toHousingSeries, toProgrammeSeries, type CapacitySeries } from './capacity-series';
export { memoByProjection } from './memo';
export { FanChart } from './fan-chart';
export { preloadDrawings } from './drawings';
