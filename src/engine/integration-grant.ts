import type { Cohort } from './cohorts';
import { staying } from './leaving';
import { addTo, newLine, type GrantContext, type Line } from './lines';

/**
 * Integration grant (integreringstilskudd), docs/model.md#integration-grant; IMDi's circular.
 *
 * In budget year Y a cohort settled in year c is paid rate[Y][n] per person, n = Y − c + 1,
 * 1 ≤ n ≤ 5: the rate of the payment year, not of the settlement year. Year 1 is the calendar
 * year of settlement and is paid in full whatever the month. Year 1 has a rate per category;
 * years 2–5 one rate for all. The reunified share joining a person with humanitarian status
 * is paid for three years only. Persons settled in the four years before the plan
 * (`settledBefore`) are paid for their years of residence 2–5 that fall inside it. Only those
 * still living here are paid: year n × S(n) (leaving.ts).
 */
export interface IntegrationLines {
  readonly year1SingleAdult: Line;
  readonly year1AdultInFamily: Line;
  readonly year1Child: Line;
  readonly year1Minor: Line;
  /** Years of residence 2, 3, 4, 5. */
  readonly later: readonly [Line, Line, Line, Line];
}

export function integrationGrant({ scenario, cohorts, book, staying: stay }: GrantContext): IntegrationLines {
  const years = cohorts.length;
  const lines: IntegrationLines = {
    year1SingleAdult: newLine(years),
    year1AdultInFamily: newLine(years),
    year1Child: newLine(years),
    year1Minor: newLine(years),
    later: [newLine(years), newLine(years), newLine(years), newLine(years)],
  };
  const scale = scenario.policy.grantScale.integration;
  const humanitarian = scenario.familyReunification.humanitarianShare;
  for (let y = 0; y < years; y++) {
    const rates = book.table(scenario.startYear + y).integration;
    const own: Cohort | undefined = cohorts[y];
    if (own) {
      addTo(lines.year1SingleAdult, y, own.singleAdults, rates.year1SingleAdult, scale);
      addTo(lines.year1AdultInFamily, y, own.adultsInFamilies + own.reunifiedAdults, rates.year1AdultInFamily, scale);
      addTo(lines.year1Child, y, own.children + own.reunifiedChildren, rates.year1Child, scale);
      addTo(lines.year1Minor, y, own.minors, rates.year1UnaccompaniedMinor, scale);
    }
    const laterRates = [rates.year2, rates.year3, rates.year4, rates.year5] as const;
    for (let n = 2; n <= 5; n++) {
      const c = y - n + 1;
      if (c < 0) {
        // Settled in year start + c, before the plan: index c + 4 of `settledBefore`, oldest first.
        const before = scenario.settledBefore;
        const persons = (before.persons[c + 4] ?? 0) + (before.minors[c + 4] ?? 0);
        addTo(lines.later[n - 2]!, y, persons * staying(stay, n), laterRates[n - 2]!, scale);
        continue;
      }
      const cohort = cohorts[c];
      if (!cohort) continue;
      const reunified = cohort.reunifiedAdults + cohort.reunifiedChildren;
      const persons =
        cohort.singleAdults + cohort.adultsInFamilies + cohort.children + cohort.minors +
        reunified * (n <= 3 ? 1 : 1 - humanitarian);
      addTo(lines.later[n - 2]!, y, persons * staying(stay, n), laterRates[n - 2]!, scale);
    }
  }
  return lines;
}
