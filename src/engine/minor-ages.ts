/**
 * The one rule for how long an unaccompanied minor stays on the minors' grant and in care
 * (docs/model.md#unaccompanied-minors; IMDi's circular): from settlement through December of the
 * year the minor turns 20. Ages at settlement run from 6 to 17 (Bufetat settles the younger ones
 * from care centres and foster homes, IMDi those over 15); the scenario holds one weight per age.
 * The grant (minors-grant.ts) and the count of minors in care (project.ts) both read these
 * functions, so they cannot disagree on who is still there.
 */

import { staying } from './leaving';
import { freshFloats, type Floats } from './floats';

export const FIRST_MINOR_AGE = 6;
export const LAST_MINOR_AGE = 17;
/** Ages 6–17, the order of `minors.ageShares`. */
export const MINOR_AGES: readonly number[] = Array.from({ length: LAST_MINOR_AGE - FIRST_MINOR_AGE + 1 }, (_, i) => FIRST_MINOR_AGE + i);
/** The last age in whose year the grant is paid. */
export const LAST_GRANT_AGE = 20;
/** The young band is paid through the year the minor turns 16; the older band from 17. */
export const LAST_YOUNG_AGE = 16;

/** Even over 15–17, none younger: the default assumption, used where no weight is above 0. */
export const DEFAULT_MINOR_AGE_SHARES: readonly number[] = MINOR_AGES.map((age) => (age >= 15 ? 1 : 0));

/**
 * Weights per age 6–17 scaled to sum to one. All zero (or a list of another length) means the
 * default (15–17 even), for the grant and the care count alike: with no age given the minors
 * are still there (issue 13: the grant was paid for minors the care count had dropped).
 */
export function minorAgeShares(weights: readonly number[]): number[] {
  const total = weights.length === MINOR_AGES.length ? weights.reduce((a, b) => a + b, 0) : 0;
  const source = total > 0 ? weights : DEFAULT_MINOR_AGE_SHARES;
  const sum = total > 0 ? total : 3;
  return MINOR_AGES.map((_, i) => (source[i] ?? 0) / sum);
}

/** Number of years after the settlement year in which a minor settled at `age` is still paid. */
export function yearsAfterSettlement(age: number): number {
  return LAST_GRANT_AGE - age;
}

/**
 * Minors in care each month, as a running difference: each month's arrivals are added in their
 * month and taken off after December of the year they turn 20 (O(months × ages), not months²).
 * `arrivals[t]` are minors settled in month t. Those who leave the municipality (leaving.ts)
 * are taken off in January after the year of residence they leave at the end of: from January of
 * year of residence n, S(n) of them are still here.
 */
export function minorsInCareByMonth(arrivals: ArrayLike<number>, ageShares: readonly number[], stay: readonly number[], floats: Floats = freshFloats): Float64Array {
  const months = arrivals.length;
  const delta = floats(months + 1);
  // Per age with a weight, what does not depend on the month of settlement: its years after
  // settlement, the drop S(n) − S(n − 1) at the start of each year of residence n, and S(after + 1).
  const ages: { share: number; after: number; drops: number[]; last: number }[] = [];
  for (let i = 0; i < ageShares.length; i++) {
    const share = ageShares[i] ?? 0;
    if (share <= 0) continue;
    const after = yearsAfterSettlement(MINOR_AGES[i] ?? LAST_MINOR_AGE);
    const drops: number[] = [];
    for (let n = 2; n <= Math.min(after + 1, stay.length - 1); n++) drops.push(staying(stay, n) - staying(stay, n - 1));
    ages.push({ share, after, drops, last: staying(stay, after + 1) });
  }
  for (let s = 0; s < months; s++) {
    const arrived = arrivals[s] ?? 0;
    if (arrived <= 0) continue;
    delta[s] = (delta[s] ?? 0) + arrived;
    const year = Math.floor(s / 12);
    for (const { share, after, drops, last } of ages) {
      const persons = arrived * share;
      // Year of residence n starts in January of year + n − 1: S(n) − S(n − 1) of them are gone.
      for (let k = 0; k < drops.length; k++) {
        const at = (year + k + 1) * 12;
        if (at >= months) break;
        // No one leaves in that year (the default): nothing to add.
        const drop = drops[k] ?? 0;
        if (drop !== 0) delta[at] = (delta[at] ?? 0) + persons * drop;
      }
      const end = Math.min(months, (year + after + 1) * 12);
      delta[end] = (delta[end] ?? 0) - persons * last;
    }
  }
  // The running sum, in place: each month's count replaces its change.
  let running = 0;
  for (let t = 0; t < months; t++) {
    running += delta[t] ?? 0;
    delta[t] = running;
  }
  return delta.subarray(0, months);
}
