import type { Figure, FigureStatus, GFigure, RateTable, ReferenceData } from './types';

/**
 * Rate lookup by budget (payment) year. Years beyond the reference tables are indexed from the
 * nearest table by the assumed yearly growth (MODEL.md "Grants": default the growth of G) and
 * marked estimated.
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

function indexFigure(figure: Figure, factor: number, note: string): Figure {
  return { value: Math.round(figure.value * factor), status: 'estimated', source: note };
}

function indexTable(table: RateTable, year: number, factor: number): RateTable {
  const note = `estimated: ${table.year} rate indexed to ${year}`;
  const walk = (node: unknown): unknown => {
    if (node && typeof node === 'object' && 'value' in node && 'status' in node) {
      return indexFigure(node as Figure, factor, note);
    }
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return { ...(walk(table) as RateTable), year };
}

/** Lookup of rate tables and G by year, indexing beyond the known years. */
export interface RateBook {
  table(year: number): RateTable;
  g(year: number): GFigure;
  /** The reference data has a table for this year (else it is indexed here). */
  known(year: number): boolean;
}

export function rateBook(reference: ReferenceData): RateBook {
  const tables = new Map(reference.rates.map((t) => [t.year, t]));
  const gs = new Map(reference.g.map((g) => [g.year, g]));
  const years = reference.rates.map((t) => t.year).sort((a, b) => a - b);
  const gYears = reference.g.map((g) => g.year).sort((a, b) => a - b);
  const growth = 1 + reference.indexGrowth.value;
  /** The nearest known year at or before `year`, else the first known year after it. */
  const nearest = (known: readonly number[], year: number) =>
    known.filter((k) => k <= year).pop() ?? known[0] ?? year;
  const tableCache = new Map<number, RateTable>();
  return {
    known: (year) => tables.has(year),
    table(year) {
      const known = tables.get(year) ?? tableCache.get(year);
      if (known) return known;
      const anchor = nearest(years, year);
      const base = tables.get(anchor);
      if (!base) throw new Error(`no rate table for ${anchor}`);
      const indexed = indexTable(base, year, growth ** (year - anchor));
      tableCache.set(year, indexed);
      return indexed;
    },
    g(year) {
      const known = gs.get(year);
      if (known) return known;
      const anchor = nearest(gYears, year);
      const base = gs.get(anchor);
      if (!base) throw new Error(`no G for ${anchor}`);
      return { ...indexFigure(base, growth ** (year - anchor), `estimated: G ${anchor} indexed to ${year}`), year };
    },
  };
}
