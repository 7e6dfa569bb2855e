import type { Projection, ReferenceData, Scenario } from '../../engine';
import { projectionOf } from '../../store';

/** The person types a what-if can add to or take from. */
export const WHAT_IF_TYPES = ['singleAdults', 'adultsInFamilies', 'children', 'unaccompaniedMinors'] as const;
export type WhatIfType = (typeof WHAT_IF_TYPES)[number];

/** "Settle `delta` more (or fewer) `type` a year, for the first `years` plan years." */
export interface WhatIf {
  readonly delta: number;
  readonly type: WhatIfType;
  readonly years: number;
}

export const NO_WHAT_IF: WhatIf = { delta: 0, type: 'singleAdults', years: 4 };

/** The plan years a what-if covers: 1 to the horizon (the saved scenario's length). */
export function whatIfYears(whatIf: WhatIf, scenario: Scenario): number {
  return Math.min(Math.max(1, Math.round(whatIf.years)), scenario.years.length);
}

/** The least a what-if may add a year: minus the fewest of its type the plan has in a year it covers (that year and its number). */
export interface WhatIfLimit {
  readonly least: number;
  readonly year: number;
  readonly planned: number;
}

export function whatIfLimit(whatIf: WhatIf, scenario: Scenario): WhatIfLimit {
  const covered = scenario.years.slice(0, whatIfYears(whatIf, scenario));
  let limit: WhatIfLimit = { least: 0, year: scenario.startYear, planned: 0 };
  covered.forEach((year, i) => {
    const planned = Math.max(0, Math.floor(year[whatIf.type]));
    if (i === 0 || planned < limit.planned) limit = { least: -planned, year: scenario.startYear + i, planned };
  });
  return limit;
}

/** A what-if kept within its limit, and what was asked for when it had to be capped (null when it was not). */
export interface LimitedWhatIf {
  readonly whatIf: WhatIf;
  readonly capped: { readonly requested: number; readonly limit: WhatIfLimit } | null;
}

/**
 * A what-if that would take a type below zero in some year (−40 single adults a year where the
 * plan has 8) is capped at minus the plan's number that year, and says so: the control shows the
 * cap, never applies it silently.
 */
export function limitWhatIf(whatIf: WhatIf, scenario: Scenario): LimitedWhatIf {
  const limit = whatIfLimit(whatIf, scenario);
  if (whatIf.delta >= limit.least) return { whatIf, capped: null };
  return { whatIf: { ...whatIf, delta: limit.least }, capped: { requested: whatIf.delta, limit } };
}

/**
 * The scenario with the what-if applied: `delta` persons of `type` added in each of the first
 * `years` plan years; a year never goes below zero (one cannot settle fewer than nobody; the
 * control caps a what-if at that limit and says so, limitWhatIf).
 * A what-if of zero gives back the very same scenario, so the store's projection is reused.
 */
export function applyWhatIf(scenario: Scenario, whatIf: WhatIf): Scenario {
  if (whatIf.delta === 0) return scenario;
  const years = whatIfYears(whatIf, scenario);
  return {
    ...scenario,
    years: scenario.years.map((year, i) => (i < years ? { ...year, [whatIf.type]: Math.max(0, year[whatIf.type] + whatIf.delta) } : year)),
  };
}

const derivedScenarios = new WeakMap<Scenario, Map<string, Scenario>>();

/**
 * The what-if scenario, one object per scenario and what-if values, so that the store's
 * projection memo (`projectionOf`, keyed on identity) serves it: stepping the presenter's − / +
 * back to an earlier value gives the earlier result at once, and a what-if of zero reads the
 * very projection the other screens show.
 */
function whatIfScenario(scenario: Scenario, whatIf: WhatIf): Scenario {
  let byWhatIf = derivedScenarios.get(scenario);
  if (!byWhatIf) {
    byWhatIf = new Map();
    derivedScenarios.set(scenario, byWhatIf);
  }
  const key = `${whatIf.type}:${whatIf.delta}:${whatIfYears(whatIf, scenario)}`;
  let derived = byWhatIf.get(key);
  if (!derived) {
    derived = applyWhatIf(scenario, whatIf);
    byWhatIf.set(key, derived);
  }
  return derived;
}

/** The what-if scenario and its projection, from the store's one projection memo. */
export function whatIfProjection(scenario: Scenario, reference: ReferenceData, whatIf: WhatIf): { scenario: Scenario; projection: Projection } {
  const derived = whatIfScenario(scenario, whatIf);
  return { scenario: derived, projection: projectionOf(derived, reference) };
}
