/**
 * Exact order statistics of a column of paths, the summary's inner loop (P10, P50, P90 of
 * every metric, year and total: about a hundred columns of 10 000 paths per run, on the path
 * from the last path evaluated to the result on screen).
 */

/**
 * Rearranges a[from..to] so that a[k] holds the value it would hold sorted, smaller values
 * before it and larger after (Hoare's selection, expected linear time).
 */
export function select(a: Float64Array, k: number, from = 0, to = a.length - 1): void {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Buckets of the value range: about 10 values each at 10 000 paths. */
const BINS = 1024;
/** Below this many values, selection over the whole column is as quick as the buckets. */
const FEW = 512;
const counts = new Uint32Array(BINS);
const slotOf = new Int32Array(BINS).fill(-1);

/**
 * The values at ascending `ranks` (0-based, as in the sorted column) of `a`, whose least and
 * greatest values are `min` < `max`; `a` may be rearranged. Exact: the values are counted into
 * equal buckets of [min, max] (the bucket index grows with the value, so a rank's bucket holds
 * exactly the values around it in sorted order), only the buckets that hold a wanted rank are
 * copied out, and the rank is selected among those few. Two simple passes over the column
 * instead of about eight of a selection; a column whose values crowd into one bucket costs one
 * selection over that bucket, no more than before.
 */
export function orderStatistics(a: Float64Array, ranks: readonly number[], min: number, max: number): number[] {
  const n = a.length;
  const scale = BINS / (max - min);
  if (n < FEW || !Number.isFinite(scale)) {
    let from = 0;
    return ranks.map((k) => {
      if (k >= from) select(a, k, from, n - 1);
      from = k + 1;
      return a[k] ?? 0;
    });
  }
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const b = ((a[i] ?? 0) - min) * scale;
    const at = b < BINS ? b | 0 : BINS - 1;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  // The bucket of each rank, its rank inside the bucket, and where its values go in `out`.
  const buckets: { bin: number; start: number; count: number; at: number }[] = [];
  const wanted: { slot: number; within: number }[] = [];
  let below = 0;
  let bin = 0;
  let size = 0;
  for (const k of ranks) {
    while (below + (counts[bin] ?? 0) <= k) below += counts[bin++] ?? 0;
    let slot = slotOf[bin] ?? -1;
    if (slot < 0) {
      slot = buckets.length;
      slotOf[bin] = slot;
      buckets.push({ bin, start: size, count: counts[bin] ?? 0, at: size });
      size += counts[bin] ?? 0;
    }
    wanted.push({ slot, within: k - below });
  }
  const out = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const v = a[i] ?? 0;
    const b = (v - min) * scale;
    const slot = slotOf[b < BINS ? b | 0 : BINS - 1] ?? -1;
    if (slot >= 0) {
      const bucket = buckets[slot];
      if (bucket) out[bucket.at++] = v;
    }
  }
  for (const bucket of buckets) slotOf[bucket.bin] = -1;
  return wanted.map(({ slot, within }) => {
    const bucket = buckets[slot];
    if (!bucket) return 0;
    const k = bucket.start + within;
    select(out, k, bucket.start, bucket.start + bucket.count - 1);
    return out[k] ?? 0;
  });
}
