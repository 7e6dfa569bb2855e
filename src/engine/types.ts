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
 * Status of a reference figure (docs/model.md#rate-tables-and-statuses):
 * verified (V), secondary (S), derived (D), estimated (filled by a stated rule),
 * user-entered (typed in by the planner, e.g. from IMDi's circular).
 */
export type FigureStatus = 'verified' | 'secondary' | 'derived' | 'estimated' | 'user-entered';

/**
 * A fixed remark on a cited source, rendered in the reader's language. `year` and `kroner`,
 * where given, are its parameters ("one band in 2016", "8 500 kr per m², at most 80 m²").
 */
export interface SourceNote {
  readonly note:
    | 'quoted-by-journalist-app'
    | 'swaps-adult-and-child'
    | 'quoted-by-secondary-source'
    | 'band-edge-derived'
    | 'one-band'
    | 'total-low-rate'
    | 'total-high-rate'
    | 'unused-decided-place'
    | 'abolished'
    | 'high-needs-rules'
    | 'category-not-stated'
    | 'per-square-metre';
  readonly year?: number | undefined;
  readonly kroner?: number | undefined;
  readonly squareMetres?: number | undefined;
}

/** A published document a reader can look up: who published it, its title, its date. */
export interface CitedSource {
  readonly kind: 'cited';
  /** As the publisher names itself: 'IMDi', 'KS', 'NAV', 'Husbanken', 'NRK Sørlandet'. */
  readonly publisher: string;
  /** The title as published (Norwegian titles are kept as they are). */
  readonly document: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  readonly date: string;
  readonly notes?: readonly SourceNote[] | undefined;
}

/**
 * A figure estimated by the rule of docs/model.md#estimating-rule: the known figure of `fromYear` (status
 * `fromStatus`), grown as the known year-1 single-adult rate grew over the span (`growth` =
 * factor − 1 over the whole span); `frozenYears` in the span were not price-adjusted.
 */
export interface EstimateSource {
  readonly kind: 'estimate';
  readonly fromYear: number;
  readonly fromStatus: FigureStatus;
  readonly growth: number;
  readonly frozenYears?: readonly number[] | undefined;
}

/** A figure set by a stated rule rather than read from a published table. */
export interface RuleSource {
  readonly kind: 'rule';
  readonly rule:
    /** The year-1 child rate follows the adult-in-family rate (equal in the 2017 table): `years[0]` = 2017. */
    | 'child-as-adult-in-family'
    /** No grant between the abolition in `years[0]` and its return in `years[1]`. */
    | 'no-grant-between'
    /** `years[0]`'s rate not found: carried from `years[1]`, abolished from `years[2]`. */
    | 'carried'
    /** The grant existed only in `years[0]`. */
    | 'only-in'
    /** No grant known for this year: to be entered if the policy year has one. */
    | 'no-grant-known'
    /** The average yearly growth of G `years[0]`–`years[1]`. */
    | 'average-growth-of-g'
    /** G of `years[0]` raised (or lowered, for an earlier year) by the assumed yearly `growth`. */
    | 'g-assumed-growth'
    /** A year beyond the tables: the `years[0]` table indexed to `years[1]` (central by `growth` a year). */
    | 'beyond-tables';
  readonly years: readonly number[];
  readonly growth?: number | undefined;
  /** The source of the figure this one follows (the adult-in-family rate for the child rate). */
  readonly base?: Source | undefined;
}

/** A text kept as written: the planner's own source of an entered rate. */
export interface TextSource {
  readonly kind: 'text';
  readonly text: string;
}

/** Where a figure comes from, as data: rendered for a reader by one function (lib/source-text). */
export type Source = CitedSource | EstimateSource | RuleSource | TextSource;

/**
 * One figure with where it comes from. An estimated rate carries its range: `low` (flat at the
 * known rate it starts from) and `high` (indexed by G), with `value` (central) between them.
 */
export interface Figure {
  readonly value: number;
  readonly status: FigureStatus;
  readonly source: Source;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
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
    /** Per adult with collective protection (kollektiv beskyttelse): one rate, paid for one year. */
    readonly collectiveProtection: Figure;
  };
}

/** The grunnbeløp G of a year (set each 1 May). */
export interface GFigure extends Figure {
  readonly year: number;
}

/** One row of the national record (IMDi's «Anmodning og vedtak», regjeringen.no, NTB). Persons; null where not known. */
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

/** Husbanken's rental-housing grant zone («Tilskudd til utleieboliger», rates from 16 June 2023). */
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
  /** Years the integration grant was not price-adjusted (2023): the estimating rule keeps them flat. */
  readonly integrationFrozenYears?: readonly number[] | undefined;
}
