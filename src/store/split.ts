import { DEFAULT_SPLIT } from '../engine';

type SplitKey = keyof typeof DEFAULT_SPLIT;

/**
 * Splits whole persons by shares with the largest-remainder method: each part gets the whole
 * part of its quota, and the persons left go one each to the largest remainders (ties to the
 * earlier key). The parts always sum to `total`. 10 by 30/35/35 → 3, 4, 3 (remainders 0, .5, .5).
 */
export function splitWhole<K extends string>(total: number, shares: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const sum = keys.reduce((s, k) => s + shares[k], 0);
  // Rounded to 1e-9 so that floating-point noise (0.3 + 0.35 + 0.35 ≠ 1) cannot break ties.
  const quotas = keys.map((k) => (sum > 0 ? Math.round(((total * shares[k]) / sum) * 1e9) / 1e9 : 0));
  const parts = quotas.map(Math.floor);
  const left = total - parts.reduce((s, p) => s + p, 0);
  const order = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let n = 0; n < left; n += 1) {
    const target = order[n % order.length];
    if (target) parts[target.i] = (parts[target.i] ?? 0) + 1;
  }
  return Object.fromEntries(keys.map((k, i) => [k, parts[i] ?? 0])) as Record<K, number>;
}

/** A total of persons split by the default composition (an assumption, docs/model.md#defaults-that-are-assumptions): 30/35/35. */
export function splitByDefault(total: number): Record<SplitKey, number> {
  return splitWhole(total, DEFAULT_SPLIT);
}
