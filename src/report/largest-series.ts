import type { MaxCommitment, Scenario } from '../engine';

/** What the screen says about the largest commitment capacity allows. */
export type LargestFinding =
  | { readonly kind: 'noCapacity' }
  | { readonly kind: 'nothingBinds' }
  | {
      readonly kind: 'limit';
      readonly perYear: number;
      readonly binding: 'housing' | 'places';
      readonly bindsFrom: string | null;
      /** IMDi's request of the start year, where the plan has one. */
      readonly request: number | null;
      readonly startYear: number;
      /** The band the largest number leaves room for: C × (1 + band) has no shortage. */
      readonly band: number;
    };

/**
 * The solver's answer beside IMDi's request of the start year. A plan with no dwellings (none at
 * start, none coming) and no programme places has entered no capacity: the solver would say 0,
 * but the planner needs to be told what to enter.
 */
export function toLargestFinding(max: MaxCommitment, scenario: Scenario, band = 0): LargestFinding {
  const housing = scenario.housing;
  const noCapacity = housing.dwellingsAtStart === 0 && housing.pipeline.length === 0 && scenario.years.every((y) => y.programmePlaces === null);
  if (noCapacity) return { kind: 'noCapacity' };
  if (max.perYear === null || max.binding === null) return { kind: 'nothingBinds' };
  return {
    kind: 'limit',
    perYear: max.perYear,
    binding: max.binding,
    bindsFrom: max.bindsFrom,
    request: scenario.years[0]?.request ?? null,
    startYear: scenario.startYear,
    band,
  };
}
