import type { RateOverride } from './overrides';
import type { HousingZone, Kroner, Share } from './types';

/**
 * A planning scenario: everything the planner enters. The file format (`formatVersion`) is
 * documented in the README; the zod schema in `src/scenario/schema.ts` validates it.
 */

/** Persons settled in one plan year, by type, and the year's capacity and decisions. */
export interface YearInput {
  /** Single adults (enslige voksne), one household each unless shared. */
  readonly singleAdults: number;
  /** Adults who come as part of a family. */
  readonly adultsInFamilies: number;
  /** Children who come with their family. */
  readonly children: number;
  /** Unaccompanied minors (enslige mindreårige, EM). */
  readonly unaccompaniedMinors: number;
  /** Of those settled this year: persons expected to qualify for the high-needs grant tier 1. */
  readonly highNeedsTier1: number;
  /** Of those settled this year: persons expected to qualify for tier 2 (yearly, five years). */
  readonly highNeedsTier2: number;
  /** IMDi's request (anmodning) for the year as first sent, persons; null where none is entered. */
  readonly request: number | null;
  /** IMDi's in-year revision of the request (revidert anmodning), persons; null where none. */
  readonly revisedRequest: number | null;
  /** The council's decision (vedtak), persons; null where none is entered. */
  readonly decision: number | null;
  /** The decision's margin «inntil x % flere», whole per cent 0–100; 0 = exactly the decision. */
  readonly decisionMarginPercent: number;
  /** Introduction-programme places (concurrent participants); null = not planned, no limit. */
  readonly programmePlaces: number | null;
}

/** Shares that split persons into the groups grants and the programme depend on. */
export interface Composition {
  /** Of adults (single and in families): aged 60+ at settlement (elderly grant). */
  readonly adultsAged60Plus: Share;
  /** Of adults: aged 18–55 (introduction programme). */
  readonly adultsAged18to55: Share;
  /** Of children: aged 0–5 (kindergarten grant). */
  readonly childrenAged0to5: Share;
  /** Of adults 18–67: share paid the high Norwegian-training rate (origin group). */
  readonly norwegianTrainingHighRate: Share;
  /**
   * Of adults (single, in families, reunified): settled under collective protection (kollektiv
   * beskyttelse): the one-year Norwegian-training rate and the short programme profile.
   */
  readonly adultsCollectiveProtection: Share;
}

export interface MinorsInput {
  /** Age at settlement: twelve weights for ages 6 to 17 (normalised; all zero = 15–17 even). */
  readonly ageShares: readonly number[];
  /** Settlement-year grant: for the months from settlement, or the full year. */
  readonly settlementYear: 'months' | 'full-year';
}

export interface FamilyReunificationInput {
  /** Persons arriving per settled single adult. */
  readonly perSingleAdult: number;
  /** Shares arriving 1, 2 and 3 years after the single adult (normalised). */
  readonly lagShares: readonly [Share, Share, Share];
  /** Of those reunified: children (the rest are adults). */
  readonly childShare: Share;
  /** Of those reunified: joining a person with humanitarian status (grant 3 years only). */
  readonly humanitarianShare: Share;
}

/** One duration in the programme and the share of participants staying that long. */
export interface DurationShare {
  readonly months: number;
  readonly share: Share;
}

export interface ProgrammeInput {
  /** Of adults 18–55: share who take part. */
  readonly participation: Share;
  /** Months from settlement to the start of the programme. */
  readonly startLagMonths: number;
  readonly durations: readonly DurationShare[];
  /** Of participants: share under 25 (benefit 2/3 of 2 G). */
  readonly under25Share: Share;
  /** Of participants under 25: share living with their parents (benefit 1/3 of 2 G). */
  readonly under25WithParentsShare: Share;
}

/** Dwellings ordered (bought, built or rented) in a month, ready after a lead time. */
export interface PipelineEntry {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly units: number;
  readonly leadTimeMonths: number;
  /** Bought or built by the municipality: acquisition cost and Husbanken's grant apply. */
  readonly acquired: boolean;
}

/** Dwellings given back (lease ended, sold) from a month on. */
export interface ReleaseEntry {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly units: number;
}

export interface HousingInput {
  readonly dwellingsAtStart: number;
  readonly pipeline: readonly PipelineEntry[];
  readonly releases: readonly ReleaseEntry[];
  /** Single adults per shared dwelling (1 = one dwelling each). */
  readonly singleAdultsPerDwelling: number;
  /** Average persons per family household. */
  readonly familySize: number;
  /** Share of households moved to the ordinary market by year of residence 1–5 (cumulative). */
  readonly moveOutByYearOfResidence: readonly [Share, Share, Share, Share, Share];
  /** Delay settlement until a dwelling is free instead of using temporary housing. */
  readonly delaySettlementWithoutDwelling: boolean;
  /** Husbanken's rental-housing grant zone; the grant is a switch (abolished 2024). */
  readonly zone: HousingZone;
  readonly husbankenGrant: boolean;
}

/** Cost lines the municipality enters. Every default is zero: the budget never invents costs. */
export interface CostInput {
  readonly programmeCostPerPlaceYear: Kroner;
  readonly housingNetCostPerUnitMonth: Kroner;
  readonly idleUnitCostPerMonth: Kroner;
  readonly emergencyHousingPremiumPerHouseholdMonth: Kroner;
  /** Social assistance per person and year, by year of residence 1–5. */
  readonly socialAssistanceByYearOfResidence: readonly [Kroner, Kroner, Kroner, Kroner, Kroner];
  readonly careCostPerMinorYear: Kroner;
  readonly administrationPerYear: Kroner;
  readonly acquisitionCostPerUnit: Kroner;
  /** Other services per person and year (health, care, school, kindergarten), by year of residence 1–5. */
  readonly otherServicesByYearOfResidence: readonly [Kroner, Kroner, Kroner, Kroner, Kroner];
}

/** Grant lines a policy what-if can scale. */
export type ScalableGrant =
  | 'integration'
  | 'elderly'
  | 'kindergarten'
  | 'minors'
  | 'highNeeds'
  | 'aboveRequest'
  | 'norwegianTraining';

export interface PolicyInput {
  /** Factor per grant (1 = as in the table). */
  readonly grantScale: Readonly<Record<ScalableGrant, number>>;
  /** Extra kroner per person settled beyond IMDi's request, on top of any official grant. */
  readonly aboveRequestBonusPerPerson: Kroner;
  /** What-if: the state refunds this share (0–1) of the care cost for unaccompanied minors. */
  readonly minorsCareRefundShare: Share;
}

/** Income beyond IMDi's grants that the municipality enters (docs/model.md#block-grant). */
export interface BlockGrantInput {
  /** The block grant's per-inhabitant part, kroner per inhabitant and year; 0 = not counted. */
  readonly perInhabitant: Kroner;
}

/**
 * Refugees settled in the four years before the start year, oldest year first (start − 4 …
 * start − 1): they still bring integration grant for their years of residence 2–5, and minors
 * the minors' grant to the year they turn 20, inside the plan. They are not counted in persons,
 * dwellings or programme places: the planner enters those as capacity already in use.
 */
export interface SettledBeforeInput {
  /** Persons settled each year, unaccompanied minors aside (all ages, families included). */
  readonly persons: readonly [number, number, number, number];
  /** Unaccompanied minors settled each year (their age at settlement by `minors.ageShares`). */
  readonly minors: readonly [number, number, number, number];
}

/**
 * Persons who leave the municipality (secondary migration, return home): of those still living
 * here, the share who leave at the end of each year of residence 1–5 (leaving.ts).
 */
export interface LeavingInput {
  readonly byYearOfResidence: readonly [Share, Share, Share, Share, Share];
}

export interface Scenario {
  readonly formatVersion: 3;
  readonly name: string;
  readonly municipalityCode: string;
  readonly startYear: number;
  /** One entry per plan year, from `startYear`; its length is the horizon (1–15). */
  readonly years: readonly YearInput[];
  /** Twelve weights placing arrivals in the year (normalised). */
  readonly monthProfile: readonly number[];
  readonly composition: Composition;
  readonly minors: MinorsInput;
  /** Expected documented extraordinary cost per tier-2 person and year. */
  readonly highNeedsTier2DocumentedCost: Kroner;
  readonly settledBefore: SettledBeforeInput;
  readonly familyReunification: FamilyReunificationInput;
  readonly leaving: LeavingInput;
  readonly blockGrant: BlockGrantInput;
  readonly programme: ProgrammeInput;
  readonly housing: HousingInput;
  readonly costs: CostInput;
  readonly policy: PolicyInput;
  /** The planner's own rates for given years, on top of the reference data. */
  readonly rateOverrides: readonly RateOverride[];
}
