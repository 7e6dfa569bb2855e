import { cohortAdults } from './cohorts';
import { collectiveShare } from './collective-protection';
import { staying } from './leaving';
import { addTo, newLine, type GrantContext, type Line } from './lines';

/**
 * Norwegian-training grant (persontilskudd; IMDi's circular «Tilskudd til kommunene ved
 * bosetting av flyktninger», figures from KS «Statsbudsjettet»): per adult 18–67, a total paid
 * over three years at a high or low rate by origin group. Adults 18–67 are taken as the adults
 * under 60 (those 60+ are the elderly share; an assumption). A third of the total is paid in each
 * of the years of residence 1–3, at the payment year's rate (an assumption: the split is not
 * known), for the adults still living here (× S(n), leaving.ts).
 *
 * Adults under collective protection (share k, collective-protection.ts) bring instead the
 * one-year rate, in full, in year of residence 1. For cohort c, budget year Y, n = Y − c + 1:
 *
 *   A = adults of c × (1 − share 60+)
 *   NT(Y) = Σ_{n=1..3} A × (1 − k) × S(n) × (h × high(Y) + (1 − h) × low(Y)) / 3
 *         + [n = 1] A × k × collectiveProtection(Y)
 */
export function norwegianTrainingGrant({ scenario, cohorts, book, staying: stay }: GrantContext): Line {
  const years = cohorts.length;
  const line = newLine(years);
  const high = scenario.composition.norwegianTrainingHighRate;
  const k = collectiveShare(scenario);
  const factor = scenario.policy.grantScale.norwegianTraining;
  const scale = factor / 3;
  for (let y = 0; y < years; y++) {
    const { lowTotal, highTotal, collectiveProtection } = book.table(scenario.startYear + y).norwegianTraining;
    for (let n = 1; n <= 3; n++) {
      const cohort = cohorts[y - n + 1];
      if (!cohort) continue;
      const under60 = cohortAdults(cohort) * (1 - scenario.composition.adultsAged60Plus);
      const adults = under60 * (1 - k) * staying(stay, n);
      addTo(line, y, adults * high, highTotal, scale);
      addTo(line, y, adults * (1 - high), lowTotal, scale);
      if (n === 1 && k > 0) addTo(line, y, under60 * k, collectiveProtection, factor);
    }
  }
  return line;
}
