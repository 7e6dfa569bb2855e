/**
 * Capacity that follows a plan (MODEL.md "Predictability"): for each month the municipality
 * wants a level of units, known from some month on. An increase is ordered when known and
 * arrives after the lead time (not before the month it is for); a decrease (surplus) stays
 * idle until released after the notice period.
 */
export interface Target {
  /** The month the level is for. */
  readonly month: number;
  readonly level: number;
  /** The month from which the municipality knows it wants this level. */
  readonly knownAt: number;
}

/**
 * Units available each month from `initial` and the targets, in month order. Changes that
 * take effect before month 0 count from month 0.
 */
export function capacityPath(
  initial: number,
  targets: readonly Target[],
  leadMonths: number,
  noticeMonths: number,
  out: Float64Array,
): Float64Array {
  const months = out.length;
  out.fill(0);
  let committed = initial;
  let atStart = initial;
  for (const target of targets) {
    const change = target.level - committed;
    if (change === 0) continue;
    const month = Math.max(target.month, target.knownAt + (change > 0 ? leadMonths : noticeMonths));
    if (month <= 0) atStart += change;
    else if (month < months) out[month] = (out[month] ?? 0) + change;
    committed = target.level;
  }
  let running = atStart;
  for (let t = 0; t < months; t++) {
    running += out[t] ?? 0;
    out[t] = Math.max(0, running);
  }
  return out;
}

/** Need in every month from the persons settled per year. */
export function needPath(settled: ArrayLike<number>, kernel: readonly Float64Array[], out: Float64Array): Float64Array {
  out.fill(0);
  for (let c = 0; c < kernel.length; c++) {
    const n = settled[c] ?? 0;
    const k = kernel[c];
    if (n === 0 || !k) continue;
    for (let t = c * 12; t < out.length; t++) out[t] = (out[t] ?? 0) + n * (k[t] ?? 0);
  }
  return out;
}
