import { projectScenario } from './project';
import type { Scenario } from './scenario';
import type { Kroner, ReferenceData } from './types';

/**
 * Sensitivity of the four-year net budget (docs/model.md#sensitivity): each input
 * is moved down and up by the same relative amount (default ±20 %) with everything else held,
 * and the economy-plan net is read off. Inputs the municipality decides are told apart from
 * those it does not.
 */
export interface SensitivityBar {
  readonly input: SensitivityInput;
  readonly controlled: boolean;
  /** Economy-plan net with the input lowered and raised. */
  readonly low: Kroner;
  readonly high: Kroner;
}

export interface Sensitivity {
  readonly base: Kroner;
  readonly change: number;
  /** Largest swing first. */
  readonly bars: readonly SensitivityBar[];
}

const scaleYears = (s: Scenario, f: number, keys: readonly (keyof Scenario['years'][number])[]): Scenario => ({
  ...s,
  years: s.years.map((y) => {
    const out: Record<string, number | null> = { ...y };
    for (const k of keys) {
      const v = y[k];
      out[k] = v === null ? null : v * f;
    }
    return out as unknown as Scenario['years'][number];
  }),
});

const clampShare = (x: number) => Math.min(1, Math.max(0, x));

/** How each input is moved by a factor f (1 ± change). */
const VARY = {
  personsSettled: (s: Scenario, f: number) =>
    scaleYears(s, f, ['singleAdults', 'adultsInFamilies', 'children', 'unaccompaniedMinors', 'highNeedsTier1', 'highNeedsTier2']),
  dwellings: (s: Scenario, f: number) => ({
    ...s,
    housing: { ...s.housing, dwellingsAtStart: s.housing.dwellingsAtStart * f, pipeline: s.housing.pipeline.map((p) => ({ ...p, units: p.units * f })) },
  }),
  programmePlaces: (s: Scenario, f: number) => scaleYears(s, f, ['programmePlaces']),
  unitCosts: (s: Scenario, f: number) => ({
    ...s,
    costs: {
      ...s.costs,
      housingNetCostPerUnitMonth: s.costs.housingNetCostPerUnitMonth * f,
      idleUnitCostPerMonth: s.costs.idleUnitCostPerMonth * f,
      emergencyHousingPremiumPerHouseholdMonth: s.costs.emergencyHousingPremiumPerHouseholdMonth * f,
      programmeCostPerPlaceYear: s.costs.programmeCostPerPlaceYear * f,
      administrationPerYear: s.costs.administrationPerYear * f,
    },
  }),
  grantRates: (s: Scenario, f: number) => ({
    ...s,
    policy: { ...s.policy, grantScale: Object.fromEntries(Object.entries(s.policy.grantScale).map(([k, v]) => [k, v * f])) as Scenario['policy']['grantScale'] },
  }),
  socialAssistance: (s: Scenario, f: number) => ({
    ...s,
    costs: { ...s.costs, socialAssistanceByYearOfResidence: s.costs.socialAssistanceByYearOfResidence.map((x) => x * f) as unknown as Scenario['costs']['socialAssistanceByYearOfResidence'] },
  }),
  familyReunification: (s: Scenario, f: number) => ({ ...s, familyReunification: { ...s.familyReunification, perSingleAdult: s.familyReunification.perSingleAdult * f } }),
  programmeParticipation: (s: Scenario, f: number) => ({ ...s, programme: { ...s.programme, participation: clampShare(s.programme.participation * f) } }),
  programmeDuration: (s: Scenario, f: number) => ({
    ...s,
    programme: { ...s.programme, durations: s.programme.durations.map((d) => ({ ...d, months: Math.max(1, Math.round(d.months * f)) })) },
  }),
  moveOut: (s: Scenario, f: number) => ({
    ...s,
    housing: { ...s.housing, moveOutByYearOfResidence: s.housing.moveOutByYearOfResidence.map((x) => clampShare(x * f)) as unknown as Scenario['housing']['moveOutByYearOfResidence'] },
  }),
  careOfMinors: (s: Scenario, f: number) => ({ ...s, costs: { ...s.costs, careCostPerMinorYear: s.costs.careCostPerMinorYear * f } }),
} as const;

export type SensitivityInput = keyof typeof VARY;

/** Inputs the municipality decides (the others it can only estimate). */
export const CONTROLLED: ReadonlySet<SensitivityInput> = new Set(['personsSettled', 'dwellings', 'programmePlaces', 'unitCosts']);

export function sensitivity(scenario: Scenario, reference: ReferenceData, change = 0.2): Sensitivity {
  const net = (s: Scenario) => projectScenario(s, reference).budget.economyPlan.net;
  const bars = (Object.keys(VARY) as SensitivityInput[]).map((input) => ({
    input,
    controlled: CONTROLLED.has(input),
    low: net(VARY[input](scenario, 1 - change)),
    high: net(VARY[input](scenario, 1 + change)),
  }));
  bars.sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  return { base: net(scenario), change, bars };
}
