/**
 * Capacity that follows what the municipality knows (docs/model.md#capacity-that-follows-what-is-known). Both modes
 * start from the plan's own capacity (its dwellings, pipeline and releases; its places); on top
 * of it the municipality adds or removes units as the numbers it will settle become known:
 * - an increase is ordered when known and arrives after the lead time (not before the month
 *   it is for);
 * - a decrease first cancels units ordered that have not arrived when it is known (latest
 *   first); the rest stays idle until released after the notice period.
 * `target[m]` is the change to the plan's capacity wanted for month m, known from `knownAt[m]`
 * (months from the start; negative = before it). The result is the change that happens, or,
 * given the plan's capacity `plan`, the capacity after it: max(0, plan + change), in the same pass.
 */
export function adjustments(
  target: Float64Array,
  knownAt: Int32Array,
  leadMonths: number,
  noticeMonths: number,
  scratch: AdjustScratch,
  out: Float64Array,
  plan?: Float64Array,
): Float64Array {
  const months = out.length;
  out.fill(0);
  const { amount, arrival } = scratch;
  let pending = 0;
  let committed = 0;
  for (let m = 0; m < months; m++) {
    const change = (target[m] ?? 0) - committed;
    if (change === 0) continue;
    const known = knownAt[m] ?? 0;
    committed += change;
    if (change > 0) {
      const at = Math.max(m, known + leadMonths);
      if (at < months) out[at] = (out[at] ?? 0) + change;
      amount[pending] = change;
      arrival[pending] = at;
      pending++;
      continue;
    }
    let rest = -change;
    while (rest > 0 && pending > 0 && (arrival[pending - 1] ?? 0) > known) {
      const at = arrival[pending - 1] ?? 0;
      const cancel = Math.min(rest, amount[pending - 1] ?? 0);
      if (at < months) out[at] = (out[at] ?? 0) - cancel;
      rest -= cancel;
      amount[pending - 1] = (amount[pending - 1] ?? 0) - cancel;
      if ((amount[pending - 1] ?? 0) <= 0) pending--;
    }
    if (rest > 0) {
      const at = Math.max(m, known + noticeMonths);
      if (at < months) out[at] = (out[at] ?? 0) - rest;
    }
  }
  let running = 0;
  for (let m = 0; m < months; m++) {
    running += out[m] ?? 0;
    out[m] = plan === undefined ? running : Math.max(0, (plan[m] ?? 0) + running);
  }
  return out;
}

export interface AdjustScratch {
  readonly amount: Float64Array;
  readonly arrival: Int32Array;
}

export function newAdjustScratch(months: number): AdjustScratch {
  return { amount: new Float64Array(months), arrival: new Int32Array(months) };
}

/** Need in every month from the persons settled per year: Σ_c settled[c] × kernel[c][t]. */
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
