/** The planning engine's public API: pure functions over plain data. */
export { projectScenario, effectiveRates } from './project';
export { projectRange } from './range';
export type { ProjectionRange, Span, TotalsRange } from './range';
export { defaultScenario, DEFAULT_SPLIT, ASSUMPTIONS, EMPTY_YEAR, ZERO_COSTS, UNIT_COSTS, MAX_HORIZON_YEARS, DEFAULT_HORIZON_YEARS } from './defaults';
export { GRANT_LINES, COST_LINES } from './projection';
export type * from './projection';
export type * from './scenario';
export type * from './types';
export { RATE_PATHS, figureAt } from './overrides';
export type { RateOverride, RatePath } from './overrides';
