import { DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS } from '../engine';

/** First plan years the app offers: the rate tables start in 2016 (docs/model.md#rate-tables-and-statuses). */
export const START_YEAR_MIN = 2016;
export const START_YEAR_MAX = 2040;

export const HORIZON_MIN = 1;
export const HORIZON_MAX = MAX_HORIZON_YEARS;
export const HORIZON_DEFAULT = DEFAULT_HORIZON_YEARS;

/**
 * The scenario format needs a four-digit code; "0000" is no municipality (Kartverket's codes
 * start at 0301), so a new scenario can be stored before the planner has chosen one.
 */
export const NO_MUNICIPALITY = '0000';

export const isWholeInRange = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;
