import type { FigureStatus, Kroner, Persons } from './types';

/** Grant lines of the budget, in the order IMDi lists them. */
export const GRANT_LINES = [
  { id: 'integrationYear1SingleAdult', code: 'AR-1 EV', grant: 'integration' },
  { id: 'integrationYear1AdultInFamily', code: 'AR-1', grant: 'integration' },
  { id: 'integrationYear1Child', code: 'AR-1 B', grant: 'integration' },
  { id: 'integrationYear1Minor', code: null, grant: 'integration' },
  { id: 'integrationYear2', code: 'AR-2', grant: 'integration' },
  { id: 'integrationYear3', code: 'AR-3', grant: 'integration' },
  { id: 'integrationYear4', code: 'AR-4', grant: 'integration' },
  { id: 'integrationYear5', code: 'AR-5', grant: 'integration' },
  { id: 'elderly', code: 'ELDR', grant: 'elderly' },
  { id: 'kindergarten', code: 'BHT', grant: 'kindergarten' },
  { id: 'minorsYoungBand', code: 'EMINB', grant: 'minors' },
  { id: 'minorsOlderBand', code: 'EMINU', grant: 'minors' },
  { id: 'minorsOneOff', code: null, grant: 'minors' },
  { id: 'highNeedsTier1', code: 'FHT1', grant: 'highNeeds' },
  { id: 'highNeedsTier2', code: 'FHT2', grant: 'highNeeds' },
  { id: 'aboveRequest', code: null, grant: 'aboveRequest' },
  { id: 'unusedDecidedPlace', code: null, grant: 'aboveRequest' },
  { id: 'norwegianTraining', code: null, grant: 'norwegianTraining' },
  { id: 'policyBonus', code: null, grant: 'policy' },
  { id: 'minorsCareRefund', code: null, grant: 'policy' },
  { id: 'blockGrant', code: null, grant: 'blockGrant' },
] as const;

export type GrantLineId = (typeof GRANT_LINES)[number]['id'];

export const COST_LINES = [
  'introductionBenefit',
  'programmeRunning',
  'housingNet',
  'idleUnits',
  'emergencyHousing',
  'socialAssistance',
  'otherServices',
  'minorsCare',
  'administration',
] as const;

export type CostLineId = (typeof COST_LINES)[number];

/** A budget line: one value per plan year, and the weakest status of the rates behind it. */
export interface GrantLineResult {
  readonly id: GrantLineId;
  /** IMDi's grant code (docs/model.md#grants), null where none was found. */
  readonly code: string | null;
  readonly values: readonly Kroner[];
  /** Weakest status of the rates used, per year; null where the line is zero. */
  readonly status: readonly (FigureStatus | null)[];
}

export interface CostLineResult {
  readonly id: CostLineId;
  readonly values: readonly Kroner[];
  /** True in years where the line rests on an estimated figure (G beyond the known years). */
  readonly estimated: readonly boolean[];
}

/** Persons in one budget year. */
export interface PersonsYear {
  readonly year: number;
  /** Arrivals this year (after any wait for a dwelling). */
  readonly settled: {
    readonly singleAdults: Persons;
    readonly adultsInFamilies: Persons;
    readonly children: Persons;
    readonly unaccompaniedMinors: Persons;
  };
  /** Family members reunified with earlier single adults, arriving this year. */
  readonly reunified: Persons;
  /** Everyone settled or reunified so far, by year of residence 1–5, then 6 and later. */
  readonly byYearOfResidence: readonly [Persons, Persons, Persons, Persons, Persons, Persons];
  /** Persons planned but still waiting for a dwelling at the end of the year. */
  readonly waitingForDwelling: Persons;
  /** Persons settled beyond the council's decision with its margin «up to x % more» (decision.ts). */
  readonly beyondDecision: Persons;
}

/** Month-by-month flows; index 0 is January of the start year. */
export interface MonthlyResult {
  /** ISO month keys, `2026-01`. */
  readonly months: readonly string[];
  readonly programme: {
    readonly participants: readonly Persons[];
    /** Null where the scenario sets no places for the year (no limit). */
    readonly places: readonly (number | null)[];
    readonly waiting: readonly Persons[];
    readonly idlePlaces: readonly number[];
  };
  readonly housing: {
    readonly householdsNeedingDwelling: readonly number[];
    readonly available: readonly number[];
    readonly shortage: readonly number[];
    readonly idle: readonly number[];
    /** Unaccompanied minors in care units (bofellesskap), counted apart from dwellings. */
    readonly minorsInCare: readonly Persons[];
    readonly personsWaiting: readonly Persons[];
  };
}

export interface BudgetYear {
  readonly year: number;
  readonly income: Kroner;
  readonly cost: Kroner;
  readonly net: Kroner;
  readonly cumulativeNet: Kroner;
  /** Some figure of the year rests on an estimated rate. */
  readonly estimated: boolean;
  /** Some grant of the year does (the income total rests on it). */
  readonly incomeEstimated: boolean;
  /** Some cost of the year does (the introduction benefit, by G). */
  readonly costEstimated: boolean;
}

export interface BudgetTotals {
  readonly fromYear: number;
  readonly toYear: number;
  readonly income: Kroner;
  readonly cost: Kroner;
  readonly net: Kroner;
  /** Some figure of the span rests on an estimated rate; its income, its costs. */
  readonly estimated: boolean;
  readonly incomeEstimated: boolean;
  readonly costEstimated: boolean;
}

/** Investment over a span of plan years: units bought or built, their cost, the grant, net. */
export interface InvestmentTotals {
  readonly fromYear: number;
  readonly toYear: number;
  readonly units: number;
  readonly acquisition: Kroner;
  readonly husbankenGrant: Kroner;
  readonly net: Kroner;
}

/** The investment budget per plan year, in the year the acquired units are ready (investment.ts). */
export interface InvestmentBudget {
  /** Dwellings bought or built that are ready this year. */
  readonly units: readonly number[];
  readonly acquisition: readonly Kroner[];
  readonly husbankenGrant: readonly Kroner[];
  /** Acquisition − Husbanken's grant. */
  readonly net: readonly Kroner[];
  readonly economyPlan: InvestmentTotals;
  readonly horizon: InvestmentTotals;
}

export interface Projection {
  readonly startYear: number;
  readonly years: readonly number[];
  readonly persons: readonly PersonsYear[];
  readonly grants: readonly GrantLineResult[];
  readonly costs: readonly CostLineResult[];
  readonly monthly: MonthlyResult;
  readonly budget: {
    readonly years: readonly BudgetYear[];
    /** The four-year economy plan (økonomiplan): the first four plan years. */
    readonly economyPlan: BudgetTotals;
    readonly horizon: BudgetTotals;
  };
  /** Investment (investeringsbudsjett), kept out of the operating budget above. */
  readonly capital: InvestmentBudget;
  /** Plan years beyond the reference data, whose rates the engine indexed by the assumed growth. */
  readonly indexedYears: readonly number[];
}
