import type { Persons, Projection } from '../../engine';

/** Persons by year of residence in one budget year: 1–5 (the integration grant's years), 6 and later. */
export interface ResidenceRow {
  readonly year: number;
  readonly y1: Persons;
  readonly y2: Persons;
  readonly y3: Persons;
  readonly y4: Persons;
  readonly y5: Persons;
  readonly y6plus: Persons;
}

export const RESIDENCE_KEYS = ['y1', 'y2', 'y3', 'y4', 'y5', 'y6plus'] as const;
export type ResidenceKey = (typeof RESIDENCE_KEYS)[number];

export interface ResidenceSeries {
  readonly rows: readonly ResidenceRow[];
  /** The year with the most persons in years of residence 1–5 (earliest on a tie); null when none. */
  readonly peak: { readonly year: number; readonly persons: Persons } | null;
}

/** Persons by year of residence per budget year, for the stacked chart (engine's expected counts). */
export function toResidenceSeries(projection: Projection): ResidenceSeries {
  const rows = projection.persons.map(({ year, byYearOfResidence: [y1, y2, y3, y4, y5, y6plus] }) => ({ year, y1, y2, y3, y4, y5, y6plus }));
  let peak: ResidenceSeries['peak'] = null;
  for (const row of rows) {
    const persons = row.y1 + row.y2 + row.y3 + row.y4 + row.y5;
    if (persons > 0 && (peak === null || persons > peak.persons)) peak = { year: row.year, persons };
  }
  return { rows, peak };
}
