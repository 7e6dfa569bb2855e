import { staying } from './leaving';
import { addTo, newLine, type GrantContext, type Line } from './lines';
import { LAST_GRANT_AGE, LAST_YOUNG_AGE, MINOR_AGES, minorAgeShares } from './minor-ages';

/**
 * Unaccompanied-minor grant (tilskudd for enslige mindreårige), docs/model.md#minors-grant.
 *
 * Per minor per year from the settlement year through the year the minor turns 20, at the
 * rate of the payment year's age band: young band through the year they turn 16, older band
 * from the year they turn 17. Age at settlement 6–17 by the scenario's shares (minor-ages.ts,
 * the rule the care count shares); a minor
 * aged a in settlement year c is aged a + (Y − c) in year Y. In the settlement year the grant
 * is paid for the months from settlement, (12 − month index)/12 (an assumption, shown as one),
 * or for the full year. 2016 also paid a one-off per minor settled. Minors settled in the four
 * years before the plan (`settledBefore.minors`, same age shares) are paid for the full years
 * inside it until they turn 20. Only minors still living here are paid: × S(n) in year of
 * residence n (leaving.ts).
 */
export interface MinorsLines {
  readonly youngBand: Line;
  readonly olderBand: Line;
  readonly oneOff: Line;
  /** Minor-years paid per plan year (the same basis serves the care cost). */
  readonly minorYears: number[];
}

/** Share of the settlement year paid, given arrivals by month of the year. */
export function settlementYearFraction(monthly: ArrayLike<number>, yearIndex: number, fullYear: boolean): number {
  if (fullYear) return 1;
  let persons = 0;
  let paid = 0;
  for (let m = 0; m < 12; m++) {
    const n = monthly[yearIndex * 12 + m] ?? 0;
    persons += n;
    paid += (n * (12 - m)) / 12;
  }
  return persons > 0 ? paid / persons : 1;
}

export function minorsGrant(ctx: GrantContext, minorsByMonth: ArrayLike<number>): MinorsLines {
  const { scenario, cohorts, book, staying: stay } = ctx;
  const years = cohorts.length;
  const lines: MinorsLines = {
    youngBand: newLine(years),
    olderBand: newLine(years),
    oneOff: newLine(years),
    minorYears: new Array<number>(years).fill(0),
  };
  const ageShares = minorAgeShares(scenario.minors.ageShares);
  const scale = scenario.policy.grantScale.minors;
  const fullYear = scenario.minors.settlementYear === 'full-year';
  // The minors' rates of each plan year, looked up once (the loops below pay a year many times).
  const rates = cohorts.map((_, y) => book.table(scenario.startYear + y).minors);
  const payYear = (y: number, ageInYear: number, minorYears: number) => {
    const year = rates[y];
    if (!year) return;
    const young = ageInYear <= LAST_YOUNG_AGE;
    addTo(young ? lines.youngBand : lines.olderBand, y, minorYears, young ? year.youngBand : year.olderBand, scale);
    lines.minorYears[y] = (lines.minorYears[y] ?? 0) + minorYears;
  };
  const before = scenario.settledBefore.minors;
  for (let i = 0; i < before.length; i++) {
    const count = before[i] ?? 0;
    const c = i - 4;
    for (let a = 0; a < MINOR_AGES.length; a++) {
      const age = MINOR_AGES[a] ?? 0;
      const persons = count * (ageShares[a] ?? 0);
      if (persons <= 0) continue;
      for (let y = 0; y < years && age + (y - c) <= LAST_GRANT_AGE; y++) payYear(y, age + (y - c), persons * staying(stay, y - c + 1));
    }
  }
  for (let c = 0; c < years; c++) {
    const minors = cohorts[c]?.minors ?? 0;
    if (minors <= 0) continue;
    const firstYearFraction = settlementYearFraction(minorsByMonth, c, fullYear);
    addTo(lines.oneOff, c, minors, book.table(scenario.startYear + c).minors.oneOff, scale);
    for (let i = 0; i < MINOR_AGES.length; i++) {
      const age = MINOR_AGES[i] ?? 0;
      const persons = minors * (ageShares[i] ?? 0);
      if (persons <= 0) continue;
      for (let y = c; y < years && age + (y - c) <= LAST_GRANT_AGE; y++) {
        payYear(y, age + (y - c), persons * (y === c ? firstYearFraction : staying(stay, y - c + 1)));
      }
    }
  }
  return lines;
}
