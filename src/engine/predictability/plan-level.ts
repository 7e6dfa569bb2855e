import { personsSettled } from '../persons';
import type { Scenario } from '../scenario';

/**
 * The plan's expected level N(t) per plan year (docs/model.md#expected-level): the council's
 * decision, else IMDi's request, else the persons entered.
 */
export function plannedLevel(scenario: Scenario): number[] {
  return scenario.years.map((y) => y.decision ?? y.request ?? personsSettled(y));
}

/**
 * Years a commitment covers when the planner does not say: from the start year through the last
 * year the plan settles anyone (at least one), so that empty years at the end of a plan are not
 * counted as part of the agreement.
 */
export function defaultCommitmentYears(scenario: Scenario): number {
  const level = plannedLevel(scenario);
  let last = 0;
  level.forEach((n, t) => {
    if (n > 0) last = t + 1;
  });
  return Math.max(1, last);
}
