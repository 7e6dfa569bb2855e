/**
 * The charts that several screens show (the forecast, the meeting mode and the printed budget
 * summary): each a thin Recharts view in the chart frame over a pure `to…Series(projection)` in
 * src/report.
 */
export { GrantChart } from './grant-chart';
export { BudgetChart } from './budget-chart';
export { HousingChart, ProgrammeChart } from './capacity-chart';
export { FanChart } from './fan-chart';
export { preloadDrawings } from './drawings';
