import { childAsAdultInFamily, estimateFrom, type EstimateIndex } from './estimate';
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
  'norwegianTraining.collectiveProtection',
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

/**
 * True when an estimated figure of year `year` should start from a figure entered for
 * `enteredYear` instead: it is estimated, and the entered year is earlier and nearer than the
 * known year it starts from now (docs/model.md#planners-rates: an entered rate re-bases the later estimated
 * years of its line).
 */
function rebases(figure: Figure, year: number, enteredYear: number): boolean {
  if (figure.status !== 'estimated' || enteredYear >= year) return false;
  const { source } = figure;
  if (source.kind === 'rule') return source.rule === 'beyond-tables';
  if (source.kind !== 'estimate') return false;
  const now = Math.abs(year - source.fromYear);
  const entered = year - enteredYear;
  return entered < now || (entered === now && enteredYear < source.fromYear);
}

const cache = new WeakMap<ReferenceData, Map<string, ReferenceData>>();

/**
 * The reference data with the overrides applied (memoised on the reference and the overrides'
 * content, so the projection of an unchanged scenario reuses its rate book). An override for a
 * year beyond the tables adds an indexed table for it first. Each override, in year order,
 * re-bases the later estimated figures of its line for which it is now the nearest known figure,
 * by `estimateFrom` on `index` (value and range); the year-1 child rate that follows the
 * adult-in-family rate follows it there too.
 */
export function applyOverrides(
  reference: ReferenceData,
  overrides: readonly RateOverride[],
  tableFor: (year: number) => RateTable,
  index: EstimateIndex,
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
  const sorted = [...overrides].sort((a, b) => a.year - b.year);
  for (const o of sorted) {
    const table = tables.get(o.year) ?? tableFor(o.year);
    tables.set(o.year, withFigure(table, o.rate, { value: o.value, status: 'user-entered', source: { kind: 'text', text: o.source } }));
  }
  for (const o of sorted) {
    const entered = { year: o.year, value: o.value, status: 'user-entered' as const };
    const freezes = o.rate.startsWith('integration.');
    for (const [year, table] of tables) {
      if (!rebases(figureAt(table, o.rate), year, o.year)) continue;
      let next = withFigure(table, o.rate, estimateFrom(entered, year, index, freezes));
      const child = figureAt(next, 'integration.year1Child');
      if (o.rate === 'integration.year1AdultInFamily' && child.source.kind === 'rule' && child.source.rule === 'child-as-adult-in-family') {
        next = withFigure(next, 'integration.year1Child', childAsAdultInFamily(figureAt(next, o.rate)));
      }
      tables.set(year, next);
    }
  }
  const result = { ...reference, rates: [...tables.values()].sort((a, b) => a.year - b.year) };
  byKey.set(key, result);
  return result;
}
