import type { Cohort } from './cohorts';
import { weakest, type RateBook } from './rates';
import type { Scenario } from './scenario';
import type { Figure, FigureStatus } from './types';

/**
 * A budget line being summed: kroner per plan year (unrounded) and the weakest status used.
 * Plain arrays: a line has one value a year, and a small typed array costs several times more
 * to allocate than it saves (the month-by-month series stay typed arrays).
 */
export interface Line {
  readonly values: number[];
  readonly status: (FigureStatus | null)[];
}

export function newLine(years: number): Line {
  return { values: new Array<number>(years).fill(0), status: new Array<FigureStatus | null>(years).fill(null) };
}

/** Adds `persons × rate` to year `y`, recording the rate's status where money flows. */
export function addTo(line: Line, y: number, persons: number, rate: Pick<Figure, 'value' | 'status'>, factor = 1): void {
  const amount = persons * rate.value * factor;
  if (amount <= 0) return;
  line.values[y] = (line.values[y] ?? 0) + amount;
  line.status[y] = weakest(line.status[y] ?? null, rate.status);
}

/** What every grant rule reads. */
export interface GrantContext {
  readonly scenario: Scenario;
  readonly cohorts: readonly Cohort[];
  readonly book: RateBook;
  /** S(n): the share of a cohort still living here in year of residence n (leaving.ts). */
  readonly staying: readonly number[];
}
