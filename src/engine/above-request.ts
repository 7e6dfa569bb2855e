import { settledPersons } from './cohorts';
import { addTo, newLine, type GrantContext, type Line } from './lines';

/**
 * Grants tied to IMDi's request and the council's decision (docs/model.md#above-request-grant):
 * - extra grant per person settled beyond the request (ekstratilskudd; 2016, 2023; zero in
 *   years without one): max(0, settled − request) × rate, settled = persons + minors of the year;
 * - 2022's compensation per decided place left unused: max(0, decision − settled) × rate;
 * - a policy what-if bonus per person beyond the request (docs/model.md#policy-what-ifs).
 */
export function requestGrants({ scenario, cohorts, book }: GrantContext): {
  aboveRequest: Line;
  unusedDecidedPlace: Line;
  policyBonus: Line;
} {
  const years = cohorts.length;
  const aboveRequest = newLine(years);
  const unusedDecidedPlace = newLine(years);
  const policyBonus = newLine(years);
  const { grantScale, aboveRequestBonusPerPerson } = scenario.policy;
  cohorts.forEach((cohort, y) => {
    const input = scenario.years[y];
    const rates = book.table(scenario.startYear + y);
    const settled = settledPersons(cohort);
    if (input?.request != null) {
      const beyond = Math.max(0, settled - input.request);
      addTo(aboveRequest, y, beyond, rates.aboveRequest, grantScale.aboveRequest);
      addTo(policyBonus, y, beyond, { value: aboveRequestBonusPerPerson, status: 'user-entered' });
    }
    if (input?.decision != null) {
      addTo(unusedDecidedPlace, y, Math.max(0, input.decision - settled), rates.unusedDecidedPlace, grantScale.aboveRequest);
    }
  });
  return { aboveRequest, unusedDecidedPlace, policyBonus };
}
