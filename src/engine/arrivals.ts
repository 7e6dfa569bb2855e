import { normalise } from './months';
import { freshFloats, type Floats } from './floats';
import type { Scenario } from './scenario';

/**
 * Planned arrivals month by month (docs/model.md#arrivals-by-month): each year's persons placed in
 * the year by the month profile. Persons are expected counts, so a month may hold a fraction.
 */
export interface MonthlyArrivals {
  readonly singleAdults: Float64Array;
  readonly adultsInFamilies: Float64Array;
  readonly children: Float64Array;
  readonly minors: Float64Array;
}

export function plannedArrivals(scenario: Scenario, floats: Floats = freshFloats): MonthlyArrivals {
  const months = scenario.years.length * 12;
  const profile = normalise(scenario.monthProfile);
  const out: MonthlyArrivals = {
    singleAdults: floats(months),
    adultsInFamilies: floats(months),
    children: floats(months),
    minors: floats(months),
  };
  scenario.years.forEach((year, y) => {
    for (let m = 0; m < 12; m++) {
      const w = profile[m] ?? 0;
      const t = y * 12 + m;
      out.singleAdults[t] = year.singleAdults * w;
      out.adultsInFamilies[t] = year.adultsInFamilies * w;
      out.children[t] = year.children * w;
      out.minors[t] = year.unaccompaniedMinors * w;
    }
  });
  return out;
}

/** Family members reunified with single adults, month by month (docs/model.md#family-reunification). */
export interface MonthlyReunified {
  readonly adults: Float64Array;
  readonly children: Float64Array;
}

/**
 * Reunified persons = settled single adults of year c × rate, arriving in year c + lag
 * (lag 1–3 by the scenario's shares), spread over that year by the month profile.
 * They join the single adult's household, so they need no dwelling of their own.
 */
export function reunifiedArrivals(scenario: Scenario, settledSingleAdultsByYear: ArrayLike<number>, floats: Floats = freshFloats): MonthlyReunified {
  const years = scenario.years.length;
  const profile = normalise(scenario.monthProfile);
  const lags = normalise(scenario.familyReunification.lagShares);
  const { perSingleAdult, childShare } = scenario.familyReunification;
  const adults = floats(years * 12);
  const children = floats(years * 12);
  for (let c = 0; c < years; c++) {
    const persons = (settledSingleAdultsByYear[c] ?? 0) * perSingleAdult;
    if (persons === 0) continue;
    lags.forEach((lagShare, l) => {
      const y = c + l + 1;
      if (y >= years || lagShare === 0) return;
      for (let m = 0; m < 12; m++) {
        const n = persons * lagShare * (profile[m] ?? 0);
        adults[y * 12 + m] = (adults[y * 12 + m] ?? 0) + n * (1 - childShare);
        children[y * 12 + m] = (children[y * 12 + m] ?? 0) + n * childShare;
      }
    });
  }
  return { adults, children };
}
