import { cohortAdults } from './cohorts';
import { staying } from './leaving';
import { addTo, newLine, type GrantContext, type Line } from './lines';

/**
 * Norwegian-training grant (persontilskudd), docs/model.md#norwegian-training-grant: per adult
 * 18–67, a total paid over three years at a high or low rate by origin group. Adults 18–67 are
 * taken as the adults under 60 (those 60+ are the elderly share; an assumption). A third of the
 * total is paid in each of the years of residence 1–3, at the payment year's rate (an assumption:
 * the split is not known), for the adults still living here (× S(n), leaving.ts).
 */
export function norwegianTrainingGrant({ scenario, cohorts, book, staying: stay }: GrantContext): Line {
  const years = cohorts.length;
  const line = newLine(years);
  const high = scenario.composition.norwegianTrainingHighRate;
  const scale = scenario.policy.grantScale.norwegianTraining / 3;
  for (let y = 0; y < years; y++) {
    const { lowTotal, highTotal } = book.table(scenario.startYear + y).norwegianTraining;
    for (let n = 1; n <= 3; n++) {
      const cohort = cohorts[y - n + 1];
      if (!cohort) continue;
      const adults = cohortAdults(cohort) * (1 - scenario.composition.adultsAged60Plus) * staying(stay, n);
      addTo(line, y, adults * high, highTotal, scale);
      addTo(line, y, adults * (1 - high), lowTotal, scale);
    }
  }
  return line;
}
