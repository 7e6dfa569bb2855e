import type { CsvCell } from '../lib/csv';
import { MEASURES, type Comparison, type Measure, type YearFigures } from './comparison';

/** One year of an overlaid chart: `year`, and `s0` … `s3` for the scenarios (null outside a period). */
export type OverlayRow = Readonly<Record<string, number | null>> & { readonly year: number };

/** The key of scenario `k` in an overlay row. */
export const seriesKey = (k: number): string => `s${k}`;

/** One value of every chosen scenario per calendar year, for a chart with a line each. */
export function toOverlayRows(comparison: Comparison, pick: (f: YearFigures) => number): OverlayRow[] {
  return comparison.years.map((year, y) => {
    const row: Record<string, number | null> = { year };
    comparison.scenarios.forEach((s, k) => {
      const f = s.figures[y];
      row[seriesKey(k)] = f ? pick(f) : null;
    });
    return { ...row, year };
  });
}

export type NetFinding =
  | { readonly kind: 'largest'; readonly name: string; readonly year: number; readonly difference: number }
  | { readonly kind: 'same' }
  | { readonly kind: 'apart' };

/** The largest difference in net from the reference, in any year and scenario (the first of equals). */
export function netFinding(comparison: Comparison): NetFinding {
  let best: NetFinding = { kind: 'apart' };
  let size = -1;
  for (const s of comparison.scenarios.slice(1)) {
    s.differences.net.forEach((d, y) => {
      const year = comparison.years[y];
      if (d === null || year === undefined || Math.abs(d) <= size) return;
      size = Math.abs(d);
      best = d === 0 ? { kind: 'same' } : { kind: 'largest', name: s.name, year, difference: d };
    });
  }
  return best;
}

export type CumulativeFinding =
  | { readonly kind: 'highest'; readonly name: string; readonly amount: number; readonly year: number }
  | { readonly kind: 'same'; readonly amount: number };

/** Which scenario ends its period with the highest cumulative net (the first of equals). */
export function cumulativeFinding(comparison: Comparison): CumulativeFinding {
  const ends = comparison.scenarios.map((s) => {
    const y = s.figures.findLastIndex((f) => f !== null);
    return { name: s.name, amount: s.figures[y]?.cumulativeNet ?? 0, year: comparison.years[y] ?? s.toYear };
  });
  const first = ends[0];
  if (first === undefined || ends.every((e) => e.amount === first.amount)) return { kind: 'same', amount: first?.amount ?? 0 };
  const top = ends.reduce((a, b) => (b.amount > a.amount ? b : a));
  return { kind: 'highest', ...top };
}

export interface DifferenceCsvLabels {
  readonly measure: string;
  readonly scenario: string;
  readonly kind: string;
  readonly value: string;
  readonly difference: string;
  readonly measures: Readonly<Record<Measure, string>>;
}

/**
 * A figure as the comparison screen shows it: whole kroner, persons and households, rounded
 * half away from zero as the screen's number formats do (Intl's default), never −0.
 */
export const wholeAsShown = (value: number): number => Math.sign(value) * Math.round(Math.abs(value)) || 0;

/**
 * The difference table as CSV rows: per measure, every scenario's own values and, for all but
 * the reference, its difference from the reference. Whole numbers, as the table shows them (a
 * difference rounded itself, as on screen); empty outside a period.
 */
export function differenceCsv(comparison: Comparison, labels: DifferenceCsvLabels): CsvCell[][] {
  const rows: CsvCell[][] = [[labels.measure, labels.scenario, labels.kind, ...comparison.years]];
  for (const measure of MEASURES) {
    for (const s of comparison.scenarios) {
      rows.push([labels.measures[measure], s.name, labels.value, ...s.figures.map((f) => (f ? wholeAsShown(f[measure]) : ''))]);
      if (!s.isReference) rows.push([labels.measures[measure], s.name, labels.difference, ...s.differences[measure].map((d) => (d === null ? '' : wholeAsShown(d)))]);
    }
  }
  return rows;
}

/** Names made distinct for legends and column headers: a repeated name gets " (2)", " (3)", …. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
