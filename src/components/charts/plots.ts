/** The Recharts drawings of the shared charts, one chunk loaded after the first paint (see drawings.ts). */
export { GrantPlot } from './grant-plot';
export { BudgetPlot } from './budget-plot';
export { CapacityPlot } from './capacity-plot';
export { FanPlot } from './fan-plot';
