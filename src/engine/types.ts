/**
 * Types of the planning engine's inputs and outputs. Plain, serialisable data only.
 *
 * Units: money in whole kroner (`Kroner`), persons as expected counts (`Persons`, may be
 * fractional where a share of a whole number is taken, e.g. 3 % of 10 adults aged 60+).
 */

/** Whole Norwegian kroner. */
export type Kroner = number;
/** An expected number of persons (fractional where a share is applied). */
export type Persons = number;
/** A share between 0 and 1. */
export type Share = number;

/**
 * Status of a reference figure (FACTS.md legend):
 * verified (V), secondary (S), derived (D), estimated (filled by a stated rule),
 * user-entered (typed in by the planner, e.g. from IMDi's circular).
 */
export type FigureStatus = 'verified' | 'secondary' | 'derived' | 'estimated' | 'user-entered';

/** One figure with where it comes from. */
export interface Figure {
  readonly value: number;
  readonly status: FigureStatus;
  readonly source: string;
}

/** The grant rates of one budget (payment) year. Amounts in kroner per person. */
export interface RateTable {
  readonly year: number;
  /** Integration grant (integreringstilskudd). */
  readonly integration: {
    readonly year1SingleAdult: Figure;
    readonly year1AdultInFamily: Figure;
    readonly year1Child: Figure;
    readonly year1UnaccompaniedMinor: Figure;
    readonly year2: Figure;
    readonly year3: Figure;
    readonly year4: Figure;
    readonly year5: Figure;
  };
  /** Elderly grant (eldretilskudd), one-off per person 60+ in year 1. */
  readonly elderly: Figure;
  /** Kindergarten grant (barnehagetilskudd), one-off per child 0–5 in year 1. */
  readonly kindergarten: Figure;
  /** Unaccompanied-minor grant (tilskudd for enslige mindreårige), per minor per year. */
  readonly minors: {
    /** Through the year the minor turns 16 (EMINB). */
    readonly youngBand: Figure;
    /** From the year the minor turns 17 through the year they turn 20 (EMINU). */
    readonly olderBand: Figure;
    /** One-off per minor settled in this year (2016 only). */
    readonly oneOff: Figure;
  };
  /** Extra grant for high-needs persons (FHT1/FHT2). */
  readonly highNeeds: {
    readonly tier1: Figure;
    readonly tier2Threshold: Figure;
    readonly tier2Cap: Figure;
  };
  /** Extra grant per person settled beyond IMDi's request (0 in years without one). */
  readonly aboveRequest: Figure;
  /** Compensation per decided place left unused (2022 only). */
  readonly unusedDecidedPlace: Figure;
  /** Norwegian-training grant (persontilskudd), total per adult 18–67 over three years. */
  readonly norwegianTraining: {
    readonly lowTotal: Figure;
    readonly highTotal: Figure;
  };
}

/** The grunnbeløp G of a year (set each 1 May). */
export interface GFigure extends Figure {
  readonly year: number;
}

/** One row of the national record (FACTS.md §5). Persons; null where not known. */
export interface NationalRecordYear {
  readonly year: number;
  readonly request: number;
  readonly revisedTo: number | null;
  readonly decided: number | null;
  readonly settled: number | null;
  readonly settledIsPartial: boolean;
  readonly note: string;
  readonly source: string;
}

export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly county: string;
  readonly population: number;
}

/** Husbanken's rental-housing grant zone (FACTS.md §6). */
export type HousingZone = 'oslo' | 'baerum' | 'large-city' | 'city' | 'regional' | 'other';

/** What the engine needs of the reference data. */
export interface ReferenceData {
  readonly edition: string;
  readonly rates: readonly RateTable[];
  readonly g: readonly GFigure[];
  /** Assumed yearly growth used to index rates and G beyond the last table. */
  readonly indexGrowth: Figure;
  /** Husbanken's rental-housing grant per zone, maximum per dwelling. */
  readonly housingGrantPerUnit: Readonly<Record<HousingZone, Figure>>;
}
