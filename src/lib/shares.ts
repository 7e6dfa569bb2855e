/**
 * Weights scaled to sum to 1, as the engine reads them, rounded to 1e-12 so that equal shares
 * compare equal (1/1/1 and ⅓/⅓/⅓): for showing shares and telling whether they are the default.
 */
export function normalise(weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => (sum > 0 ? Math.round((w / sum) * 1e12) / 1e12 : 0));
}
