import { orderStatistics } from './order-statistics';
import { METRICS, type Metric } from './path';

/** P10, P50 and P90 (and the mean) of a metric per plan year, over all paths. */
export interface Fan {
  readonly p10: readonly number[];
  readonly p50: readonly number[];
  readonly p90: readonly number[];
  readonly mean: readonly number[];
}

export interface Quantiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly mean: number;
}

export interface ModeSummary {
  readonly fans: Readonly<Record<Metric, Fan>>;
  /** The same quantiles of each metric summed over the horizon. */
  readonly totals: Readonly<Record<Metric, Quantiles>>;
}

/** Quantile of sorted values with linear interpolation (type 7). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(n - 1, lo + 1)] ?? a;
  return a + (h - lo) * (b - a) + 0;
}

const LEVELS = [0.1, 0.5, 0.9] as const;

/**
 * P10, P50 and P90 (type 7, as `quantile`) of `a`, whose least and greatest values are
 * `min` < `max`, rearranging `a`: the order statistics at each level's rank and the one above
 * it, found together (order-statistics.ts).
 */
function quantilesOf(a: Float64Array, min: number, max: number): [number, number, number] {
  const n = a.length;
  const ranks = LEVELS.map((q) => (n - 1) * q);
  const needed = [...new Set(ranks.flatMap((h) => [Math.floor(h), Math.min(n - 1, Math.floor(h) + 1)]))].sort((x, y) => x - y);
  const values = orderStatistics(a, needed, min, max);
  const at = (k: number) => values[needed.indexOf(k)] ?? 0;
  return ranks.map((h) => {
    const lo = Math.floor(h);
    const frac = h - lo;
    const low = at(lo);
    return frac === 0 || lo + 1 >= n ? low : low + frac * (at(lo + 1) - low);
  }) as [number, number, number];
}

/** Mean and P10/P50/P90 of `values`; a column that does not vary (a commitment without a band) needs no selection. */
export function describeColumn(values: Float64Array, work: Float64Array = new Float64Array(values.length)): Quantiles {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  work.set(values);
  return described(work.subarray(0, values.length), sum, min, max);
}

/**
 * The quantiles of `a` (rearranged in place) given its sum, least and greatest value, which the
 * caller found while filling it: one pass over the paths fewer than `describeColumn`.
 */
function described(a: Float64Array, sum: number, min: number, max: number): Quantiles {
  if (a.length === 0) return { p10: 0, p50: 0, p90: 0, mean: 0 };
  // `+ 0` turns a −0 into 0: which of two equal zeros a selection lands on must not show as «−0».
  if (min === max) return { p10: min + 0, p50: min + 0, p90: min + 0, mean: min + 0 };
  const [p10, p50, p90] = quantilesOf(a, min, max);
  return { p10: p10 + 0, p50: p50 + 0, p90: p90 + 0, mean: sum / a.length + 0 };
}

/** A mode's rows: one store, or the parts' stores in order (read as joined, without a copy). */
export type Rows = Readonly<Record<Metric, Float64Array>> | readonly Readonly<Record<Metric, Float64Array>>[];

const partsOf = (rows: Rows): readonly Readonly<Record<Metric, Float64Array>>[] => (Array.isArray(rows) ? rows : [rows as Readonly<Record<Metric, Float64Array>>]);

/**
 * Fans and totals of each metric. Row p × stride + y holds path p's year y (rows counted on
 * through the parts); stride 0 reads the first row for every path (a mode that is the same on
 * every path, stored once).
 */
export function summarise(rows: Rows, paths: number, H: number, stride = H): ModeSummary {
  const parts = partsOf(rows);
  const fans = {} as Record<Metric, Fan>;
  const totals = {} as Record<Metric, ModeSummary['totals'][Metric]>;
  // A mode stored once is described from its one row: every quantile of a constant is itself.
  const n = stride === 0 ? Math.min(paths, 1) : paths;
  const column = new Float64Array(n);
  const total = new Float64Array(n);
  for (const metric of METRICS) {
    const fan = { p10: [] as number[], p50: [] as number[], p90: [] as number[], mean: [] as number[] };
    total.fill(0);
    for (let y = 0; y < H; y++) {
      // The column is gathered straight into the array the quantiles are selected in.
      let sum = 0;
      let min = Infinity;
      let max = -Infinity;
      let p = 0;
      for (const part of parts) {
        const values = part[metric];
        const count = Math.min(n - p, stride === 0 ? 1 : Math.floor(values.length / stride));
        for (let q = 0; q < count; q++, p++) {
          const v = values[q * stride + y] ?? 0;
          column[p] = v;
          total[p] = (total[p] ?? 0) + v;
          sum += v;
          if (v < min) min = v;
          if (v > max) max = v;
        }
      }
      const d = described(column, sum, min, max);
      fan.p10.push(d.p10);
      fan.p50.push(d.p50);
      fan.p90.push(d.p90);
      fan.mean.push(d.mean);
    }
    fans[metric] = fan;
    totals[metric] = describedInPlace(total);
  }
  return { fans, totals };
}

/** `described` of a scratch array whose order does not matter afterwards. */
function describedInPlace(a: Float64Array): Quantiles {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] ?? 0;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return described(a, sum, min, max);
}

/**
 * The paired difference of the modes: per path, the yearly mode's metric minus the commitment
 * mode's, summed over the horizon; its mean and quantiles. Both modes see the same draws, so
 * this is the value of predictability on each path, and P10–P90 is its spread. The commitment's
 * rows are read at p × `commitmentStride` + y (0: one row for every path).
 */
export function differences(yearly: Rows, commitment: Rows, paths: number, H: number, commitmentStride = H): Record<Metric, Quantiles> {
  const yearlyParts = partsOf(yearly);
  const commitmentParts = partsOf(commitment);
  const out = {} as Record<Metric, Quantiles>;
  const diff = new Float64Array(paths);
  for (const metric of METRICS) {
    let p = 0;
    yearlyParts.forEach((part, i) => {
      const a = part[metric];
      // Without a stride the commitment's one row is every path's; else its parts match the yearly mode's.
      const b = (commitmentStride === 0 ? commitmentParts[0] : commitmentParts[i])?.[metric] ?? new Float64Array(0);
      const count = Math.min(paths - p, Math.floor(a.length / H));
      for (let q = 0; q < count; q++, p++) {
        let sum = 0;
        for (let y = 0; y < H; y++) sum += (a[q * H + y] ?? 0) - (b[q * commitmentStride + y] ?? 0);
        diff[p] = sum;
      }
    });
    out[metric] = describedInPlace(diff);
  }
  return out;
}
