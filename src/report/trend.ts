/**
 * What a yearly series does at its highest, for a chart title that says only what the table
 * shows: a peak only when the series turns down after it; otherwise it is still rising in the
 * plan's last year, or stays at its highest from some year to the end.
 */
export type Trend =
  /** The highest value in `year`, lower again in the last year. */
  | { readonly kind: 'peak'; readonly year: number; readonly value: number }
  /** The highest value in the last year (`year`), above the year before. */
  | { readonly kind: 'rising'; readonly year: number; readonly value: number }
  /** The highest value from `year` to the last year (or a plan of one year). */
  | { readonly kind: 'level'; readonly year: number; readonly value: number };

/**
 * The trend of `values` (one per year of `years`, compared as given: pass the figures the
 * table shows), or null when no value is above 0. The highest is the earliest on a tie.
 */
export function trendOf(years: readonly number[], values: readonly number[]): Trend | null {
  let top = -1;
  values.forEach((v, i) => {
    if (v > 0 && (top < 0 || v > (values[top] ?? 0))) top = i;
  });
  const year = years[top];
  const value = values[top];
  if (top < 0 || year === undefined || value === undefined) return null;
  const last = values.length - 1;
  if ((values[last] ?? 0) < value) return { kind: 'peak', year, value };
  if (top === last && last > 0) return { kind: 'rising', year, value };
  return { kind: 'level', year, value };
}
