import type { EstimateIndex } from './estimate';
import type { Figure, FigureStatus, GFigure, RateTable, ReferenceData } from './types';

/**
 * Rate lookup by budget (payment) year. Years beyond the reference tables are indexed from the
 * last table by the estimating rule (docs/model.md#years-beyond-the-tables): central by the growth of the year-1
 * single-adult rate in the last table year, low flat, high by the assumed yearly growth of G.
 */

/** Weakness of a status: a figure computed from several rates takes the weakest. */
const WEAKNESS: Record<FigureStatus, number> = {
  verified: 0,
  derived: 1,
  'user-entered': 2,
  secondary: 3,
  estimated: 4,
};

export function weakest(a: FigureStatus | null, b: FigureStatus | null): FigureStatus | null {
  if (a === null) return b;
  if (b === null) return a;
  return WEAKNESS[a] >= WEAKNESS[b] ? a : b;
}

/** Growth a year beyond the tables: central (the single-adult rate's last step) and G's. */
interface Growth {
  readonly central: number;
  readonly g: number;
}

function indexFigure(figure: Figure, from: number, year: number, growth: Growth): Figure {
  const n = year - from;
  // Forward, the low end stays flat and the high end grows by G; backward, G lowers the low end.
  const flat = n >= 0 ? (figure.low ?? figure.value) : (figure.high ?? figure.value);
  const byG = (n >= 0 ? (figure.high ?? figure.value) : (figure.low ?? figure.value)) * growth.g ** n;
  const low = Math.round(Math.min(flat, byG));
  const high = Math.round(Math.max(flat, byG));
  return {
    value: Math.min(high, Math.max(low, Math.round(figure.value * growth.central ** n))),
    status: 'estimated',
    source: { kind: 'rule', rule: 'beyond-tables', years: [from, year], growth: growth.central - 1 },
    low,
    high,
  };
}

function indexTable(table: RateTable, year: number, growth: Growth): RateTable {
  const walk = (node: unknown): unknown => {
    if (node && typeof node === 'object' && 'value' in node && 'status' in node) {
      return indexFigure(node as Figure, table.year, year, growth);
    }
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return { ...(walk(table) as RateTable), year };
}

/**
 * The reference data has no rate table for the year, so its rates are indexed from the nearest
 * known table (a planner's override of one figure does not make the rest of the year known).
 */
export const isIndexedYear = (reference: ReferenceData, year: number): boolean => !reference.rates.some((t) => t.year === year);

/** Lookup of rate tables and G by year, indexing beyond the known years. */
export interface RateBook {
  table(year: number): RateTable;
  g(year: number): GFigure;
}

export function rateBook(reference: ReferenceData): RateBook {
  const tables = new Map(reference.rates.map((t) => [t.year, t]));
  const gs = new Map(reference.g.map((g) => [g.year, g]));
  const years = reference.rates.map((t) => t.year).sort((a, b) => a - b);
  const gYears = reference.g.map((g) => g.year).sort((a, b) => a - b);
  const gGrowth = 1 + reference.indexGrowth.value;
  const lastYear = years[years.length - 1] ?? 0;
  const last = tables.get(lastYear)?.integration.year1SingleAdult.value ?? 0;
  const previous = tables.get(lastYear - 1)?.integration.year1SingleAdult.value ?? 0;
  const growth: Growth = { central: last > 0 && previous > 0 ? Math.min(last / previous, gGrowth) : 1, g: gGrowth };
  /** The nearest known year at or before `year`, else the first known year after it. */
  const nearest = (known: readonly number[], year: number) =>
    known.filter((k) => k <= year).pop() ?? known[0] ?? year;
  // Known and indexed tables and G in one map each, the indexed built once per year: the
  // programme asks for G every month, the grants for a table every year and rule.
  const tableCache = new Map<number, RateTable>(tables);
  const gCache = new Map<number, GFigure>(gs);
  return {
    table(year) {
      const known = tableCache.get(year);
      if (known) return known;
      const anchor = nearest(years, year);
      const base = tables.get(anchor);
      if (!base) throw new Error(`no rate table for ${anchor}`);
      const indexed = indexTable(base, year, growth);
      tableCache.set(year, indexed);
      return indexed;
    },
    g(year) {
      const known = gCache.get(year);
      if (known) return known;
      const anchor = nearest(gYears, year);
      const base = gs.get(anchor);
      if (!base) throw new Error(`no G for ${anchor}`);
      const indexed: GFigure = {
        year,
        value: Math.round(base.value * gGrowth ** (year - anchor)),
        status: 'estimated',
        source: { kind: 'rule', rule: 'g-assumed-growth', years: [anchor], growth: reference.indexGrowth.value },
      };
      gCache.set(year, indexed);
      return indexed;
    },
  };
}

/**
 * The series the estimating rule reads, from a rate book without overrides: the central index is
 * its year-1 single-adult rate, G its G, frozen years those of the reference data.
 */
export function estimateIndex(book: RateBook, reference: ReferenceData): EstimateIndex {
  const frozen = new Set(reference.integrationFrozenYears ?? []);
  return {
    central: (year) => book.table(year).integration.year1SingleAdult.value,
    g: (year) => book.g(year).value,
    frozen: (year) => frozen.has(year),
  };
}
