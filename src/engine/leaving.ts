/**
 * Persons who leave the municipality (docs/model.md#persons-who-leave): secondary
 * migration, or going home under collective protection. The scenario gives, for years of
 * residence 1–5, the share of those still living in the municipality who leave at the end of
 * that year (default 0, an assumption the planner sets). After year 5 no one more leaves.
 *
 * The share still here in year of residence n is S(n) = Π_{r < n} (1 − leave[r]), S(1) = 1.
 * Every flow that follows a person reads S: the integration, minors' and Norwegian-training
 * grants, the minors in care, programme participants and those waiting, dwellings (a household
 * that leaves frees its dwelling at the start of the next year; families leave together) and
 * the costs per person.
 */

/** The last year of residence with a share; S is constant after it. */
const SHARE_YEARS = 5;

/** S(n) for n = 0 … SHARE_YEARS + 1 (index n; S(0) = S(1) = 1), from the five leaving shares. */
export function stayingShares(leave: readonly number[]): number[] {
  const out = [1, 1];
  for (let r = 1; r <= SHARE_YEARS; r++) out.push((out[r] ?? 1) * (1 - (leave[r - 1] ?? 0)));
  return out;
}

/** S(n): the share of a cohort still here in its year of residence n (n ≥ 1). */
export function staying(shares: readonly number[], n: number): number {
  return shares[Math.max(0, Math.min(n, SHARE_YEARS + 1))] ?? 1;
}

/** True where someone leaves at all (the projection then equals the one without leavers otherwise). */
export function anyoneLeaves(leave: readonly number[]): boolean {
  return leave.some((s) => s > 0);
}
