import type { Persons, Projection } from '../engine';
import { trendOf, type Trend } from './trend';

/**
 * Persons by year of residence in one budget year: 1–5 (the integration grant's years), 6 and
 * later, in whole persons as the table shows them, with their sums.
 */
export interface ResidenceRow {
  readonly year: number;
  readonly y1: Persons;
  readonly y2: Persons;
  readonly y3: Persons;
  readonly y4: Persons;
  readonly y5: Persons;
  readonly y6plus: Persons;
  /** y1 + … + y5: the persons in the grant years. */
  readonly grantYears: Persons;
  /** y1 + … + y6plus. */
  readonly total: Persons;
}

export const RESIDENCE_KEYS = ['y1', 'y2', 'y3', 'y4', 'y5', 'y6plus'] as const;
export type ResidenceKey = (typeof RESIDENCE_KEYS)[number];

export interface ResidenceSeries {
  readonly rows: readonly ResidenceRow[];
  /** What the persons in years of residence 1–5 do at their most (whole persons); null when none. */
  readonly trend: Trend | null;
}

/**
 * Whole numbers that add up to the rounded sum of `values` (largest remainder): each is rounded
 * down, and the units left go to the largest fractions (the earlier on a tie). Rounding once
 * like this keeps a row's parts adding up to its sum as shown (no 107 against 106).
 */
export function roundParts(values: readonly number[]): number[] {
  const floors = values.map((v) => Math.floor(v + 1e-9));
  const left = Math.round(values.reduce((s, v) => s + v, 0)) - floors.reduce((s, v) => s + v, 0);
  const order = values.map((v, i) => ({ i, fraction: Math.round((v - (floors[i] ?? 0)) * 1e6) })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (let k = 0; k < left; k += 1) {
    const at = order[k]?.i;
    if (at !== undefined) floors[at] = (floors[at] ?? 0) + 1;
  }
  return floors;
}

/**
 * Persons by year of residence per budget year, for the stacked chart: the engine's expected
 * counts rounded once per row (roundParts), so the chart, its table and its title show the
 * same whole persons.
 */
export function toResidenceSeries(projection: Projection): ResidenceSeries {
  const rows = projection.persons.map(({ year, byYearOfResidence }): ResidenceRow => {
    const [y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0, y6plus = 0] = roundParts(byYearOfResidence);
    const grantYears = y1 + y2 + y3 + y4 + y5;
    return { year, y1, y2, y3, y4, y5, y6plus, grantYears, total: grantYears + y6plus };
  });
  return {
    rows,
    trend: trendOf(
      rows.map((r) => r.year),
      rows.map((r) => r.grantYears),
    ),
  };
}
