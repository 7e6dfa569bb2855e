import type { MonthlyArrivals, MonthlyReunified } from './arrivals';
import { cohortPersons, type Cohort } from './cohorts';
import { staying } from './leaving';
import { addTo, newLine, type Line } from './lines';
import type { Scenario } from './scenario';

/** The municipality's own amounts: not IMDi's rates, so never estimated. */
const own = (value: number) => ({ value, status: 'user-entered', source: 'scenario' }) as const;

/**
 * The block grant's per-inhabitant part (rammetilskudd; the minister’s written answer to the Storting on counting settled refugees): settled refugees count as
 * inhabitants from the population count of 1 July the year before. Plan year y brings
 * perInhabitant × the persons of the plan living here on 1 July of year y − 1: those who arrived
 * in January–June of y − 1, and earlier cohorts c still here (× S(y − c), their year of residence
 * in y − 1; leaving.ts). Reunified family members and minors count; persons settled before the
 * plan do not (they are in the municipality's population already). The start year gets nothing.
 */
export function blockGrantLine(
  scenario: Scenario,
  cohorts: readonly Cohort[],
  settled: MonthlyArrivals,
  reunified: MonthlyReunified,
  stay: readonly number[],
): Line {
  const years = cohorts.length;
  const line = newLine(years);
  const amount = scenario.blockGrant.perInhabitant;
  if (amount <= 0) return line;
  for (let y = 1; y < years; y++) {
    let residents = 0;
    for (let c = 0; c <= y - 2; c++) residents += cohortPersons(cohorts[c]!) * staying(stay, y - c);
    for (let m = (y - 1) * 12; m < (y - 1) * 12 + 6; m++) {
      residents +=
        (settled.singleAdults[m] ?? 0) + (settled.adultsInFamilies[m] ?? 0) + (settled.children[m] ?? 0) + (settled.minors[m] ?? 0) +
        (reunified.adults[m] ?? 0) + (reunified.children[m] ?? 0);
    }
    addTo(line, y, residents, own(amount));
  }
  return line;
}

/**
 * Policy what-if (docs/model.md#policy-what-ifs; the refund was replaced by the minors' grant in
 * 2017, KS asks for full refund): the state refunds a share of the municipality's care cost for
 * unaccompanied minors, as income beside the cost line.
 */
export function minorsCareRefundLine(scenario: Scenario, careCost: ArrayLike<number>): Line {
  const line = newLine(careCost.length);
  const share = scenario.policy.minorsCareRefundShare;
  for (let y = 0; y < careCost.length; y++) addTo(line, y, careCost[y] ?? 0, own(share));
  return line;
}
