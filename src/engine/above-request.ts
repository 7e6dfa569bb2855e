import { settledPersons } from './cohorts';
import { addTo, newLine, type GrantContext, type Line } from './lines';
import type { YearInput } from './scenario';

/**
 * Policy years whose extra grant for settling above the request counts from IMDi's original
 * request, not from its in-year revision: 2023, 50 000 kr per refugee settled beyond the original
 * request (IMDi, imdi.no, 3 October 2023; the national request was raised in May).
 */
export const ABOVE_REQUEST_FROM_ORIGINAL: ReadonlySet<number> = new Set([2023]);

/**
 * The request the extra grant counts from in `year`: the original request where the year's rule
 * says so (`ABOVE_REQUEST_FROM_ORIGINAL`), else the request as revised during the year (the
 * revision where one is entered, else the original). Null where no request is entered.
 */
export function requestCountedFrom(year: number, input: Pick<YearInput, 'request' | 'revisedRequest'>): number | null {
  if (input.request === null) return null;
  if (ABOVE_REQUEST_FROM_ORIGINAL.has(year)) return input.request;
  return input.revisedRequest ?? input.request;
}

/**
 * Grants tied to IMDi's request and the council's decision (IMDi's circular «Tilskudd til
 * kommunene ved bosetting av flyktninger» and imdi.no of the policy year):
 * - extra grant per person settled beyond the request (ekstratilskudd; 2016, 2023; zero in
 *   years without one): max(0, settled − R) × rate, settled = persons + minors of the year and
 *   R = `requestCountedFrom(year)`;
 * - 2022's compensation per decided place left unused: max(0, decision − settled) × rate (the
 *   decision itself: a margin «up to x % more» promises no place);
 * - a policy what-if bonus per person beyond R.
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
    if (!input) return;
    const year = scenario.startYear + y;
    const rates = book.table(year);
    const settled = settledPersons(cohort);
    const request = requestCountedFrom(year, input);
    if (request !== null) {
      const beyond = Math.max(0, settled - request);
      addTo(aboveRequest, y, beyond, rates.aboveRequest, grantScale.aboveRequest);
      addTo(policyBonus, y, beyond, { value: aboveRequestBonusPerPerson, status: 'user-entered' });
    }
    if (input.decision !== null) {
      addTo(unusedDecidedPlace, y, Math.max(0, input.decision - settled), rates.unusedDecidedPlace, grantScale.aboveRequest);
    }
  });
  return { aboveRequest, unusedDecidedPlace, policyBonus };
}
