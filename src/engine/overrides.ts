import type { Figure, RateTable, ReferenceData } from './types';

/**
 * Rate overrides: a planner's own figure for one rate of one budget year (for example from
 * IMDi's circular for next year), on top of the reference data, status `user-entered`.
 */

/** The rates a planner can override, as paths into a `RateTable`. */
export const RATE_PATHS = [
  'integration.year1SingleAdult',
  'integration.year1AdultInFamily',
  'integration.year1Child',
  'integration.year1UnaccompaniedMinor',
  'integration.year2',
  'integration.year3',
  'integration.year4',
  'integration.year5',
  'elderly',
  'kindergarten',
  'minors.youngBand',
  'minors.olderBand',
  'minors.oneOff',
  'highNeeds.tier1',
  'highNeeds.tier2Threshold',
  'highNeeds.tier2Cap',
  'aboveRequest',
  'unusedDecidedPlace',
  'norwegianTraining.lowTotal',
  'norwegianTraining.highTotal',
] as const;

export type RatePath = (typeof RATE_PATHS)[number];

export interface RateOverride {
  readonly year: number;
  readonly rate: RatePath;
  /** Kroner. */
  readonly value: number;
  /** Where the figure comes from, e.g. "IMDi rundskriv 2027". */
  readonly source: string;
}

/** The figure at `path` of a table. */
export function figureAt(table: RateTable, path: RatePath): Figure {
  const [group, key] = path.split('.') as [string, string | undefined];
  const node = (table as unknown as Record<string, unknown>)[group];
  return (key === undefined ? node : (node as Record<string, unknown>)[key]) as Figure;
}

function withFigure(table: RateTable, path: RatePath, figure: Figure): RateTable {
  const [group, key] = path.split('.') as [keyof RateTable, string | undefined];
  if (key === undefined) return { ...table, [group]: figure };
  return { ...table, [group]: { ...(table[group] as object), [key]: figure } };
}

const cache = new WeakMap<ReferenceData, Map<string, ReferenceData>>();

/**
 * The reference data with the overrides applied (memoised on the reference and the overrides'
 * content, so the projection of an unchanged scenario reuses its rate book). An override for a
 * year beyond the tables adds an indexed table for it first.
 */
export function applyOverrides(
  reference: ReferenceData,
  overrides: readonly RateOverride[],
  tableFor: (year: number) => RateTable,
): ReferenceData {
  if (overrides.length === 0) return reference;
  const key = JSON.stringify(overrides);
  let byKey = cache.get(reference);
  if (!byKey) {
    byKey = new Map();
    cache.set(reference, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const tables = new Map(reference.rates.map((t) => [t.year, t]));
  for (const o of overrides) {
    const table = tables.get(o.year) ?? tableFor(o.year);
    tables.set(o.year, withFigure(table, o.rate, { value: o.value, status: 'user-entered', source: o.source }));
  }
  const result = { ...reference, rates: [...tables.values()].sort((a, b) => a.year - b.year) };
  byKey.set(key, result);
  return result;
}
