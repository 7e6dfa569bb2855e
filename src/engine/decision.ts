import { settledPersons, type Cohort } from './cohorts';
import type { YearInput } from './scenario';

/**
 * A council decision with a margin (vedtak «inntil x % flere»; Porsgrunn decided 45 persons for
 * 2026 «and up to 10 % more»): the council allows at most
 *
 *   ceiling = ⌊decision × (1 + x / 100)⌋ persons
 *
 * (whole persons: 45 and up to 10 % more allows 49, not 49.5). Without a margin the ceiling is the
 * decision. Null where no decision is entered.
 */
export function decisionCeiling(input: Pick<YearInput, 'decision' | 'decisionMarginPercent'>): number | null {
  if (input.decision === null) return null;
  const margin = Math.max(0, input.decisionMarginPercent);
  // decision × (100 + x) is a whole number (the format holds whole per cent), so no rounding noise.
  return margin === 0 ? input.decision : Math.floor((input.decision * (100 + margin)) / 100);
}

/**
 * Persons the plan settles in each year beyond what the council decided, margin included:
 * max(0, settled − ceiling), settled = persons + minors of the year (the reunified are not
 * decided on); 0 where no decision is entered.
 */
export function beyondDecision(years: readonly YearInput[], cohorts: readonly Cohort[]): number[] {
  return cohorts.map((cohort, y) => {
    const input = years[y];
    const ceiling = input ? decisionCeiling(input) : null;
    return ceiling === null ? 0 : Math.max(0, settledPersons(cohort) - ceiling);
  });
}
