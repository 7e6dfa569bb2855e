/**
 * The known figures, each from a published document (IMDi's circulars and pages, the budget
 * proposition as KS reports it, NAV, Husbanken), entered by hand with their status and source. Everything
 * else in the reference data is filled from these by the rules in `fill.ts`.
 * Statuses (docs/model.md#rate-tables-and-statuses): 'verified' (an official document), 'secondary'
 * (quoted by a third party), 'derived' (by arithmetic or a stated rule).
 */
import type {
  CitedSource,
  Figure,
  FigureStatus,
  GFigure,
  HousingZone,
  NationalRecordYear,
  RateTable,
  Source,
  SourceNote,
} from '../engine';

/** One known figure of a rate line in one year. */
export interface Anchor {
  readonly year: number;
  readonly value: number;
  readonly status: FigureStatus;
  readonly source: Source;
  /** The figure holds for its own year only (a rule changed after it): other years ignore it. */
  readonly alone?: true;
}

/**
 * The anchors of one rate line. Lines with `otherwise` are policy grants that exist only in
 * some years: a year without an anchor takes `otherwise` (no estimating rule).
 */
export interface AnchorLine {
  readonly anchors: readonly Anchor[];
  readonly otherwise?: Omit<Anchor, 'year'>;
}

type AnchorsOf<T> = { readonly [K in keyof T]: T[K] extends { readonly value: number } ? AnchorLine : AnchorsOf<T[K]> };

/** The anchors of every line of a `RateTable`, same shape. */
export type RateAnchors = AnchorsOf<Omit<RateTable, 'year'>>;

const V = (year: number, value: number, source: Source): Anchor => ({ year, value, status: 'verified', source });
const S = (year: number, value: number, source: Source): Anchor => ({ year, value, status: 'secondary', source });
const line = (...anchors: Anchor[]): AnchorLine => ({ anchors });

const cite = (publisher: string, document: string, date: string, ...notes: SourceNote[]): CitedSource =>
  notes.length > 0 ? { kind: 'cited', publisher, document, date, notes } : { kind: 'cited', publisher, document, date };
const note = (id: SourceNote['note'], params: Omit<SourceNote, 'note'> = {}): SourceNote => ({ note: id, ...params });

/** IMDi's circular «Tilskudd til kommunene ved bosetting av flyktninger» of a year. */
const CIRCULAR = 'Tilskudd til kommunene ved bosetting av flyktninger';
const IMDI_2017 = cite('IMDi', CIRCULAR, '2017');
const APP_2024 = cite('IMDi', CIRCULAR, '2024', note('quoted-by-journalist-app'), note('swaps-adult-and-child'));
const S_2024 = cite('IMDi', CIRCULAR, '2024', note('quoted-by-secondary-source'));
const KS_2019 = cite('KS', 'Statsbudsjettet 2019', '2019');
const KS_2023 = cite('KS', 'Statsbudsjettet 2023', '2023');
const NRK_2018 = cite('NRK Sørlandet', 'Færre flyktninger gir hodebry for kommunene', '2018');
const IMDI_WEB_2016 = cite('IMDi', 'imdi.no', '2016');
const rule = (r: Extract<Source, { kind: 'rule' }>['rule'], ...years: number[]): Source => ({ kind: 'rule', rule: r, years });

/** Policy-year figures of the extra grant for settling above the request (docs/model.md#above-request-grant). */
const ABOVE_REQUEST: readonly Anchor[] = [
  V(2016, 50_000, IMDI_WEB_2016),
  { year: 2017, value: 50_000, status: 'estimated', source: rule('carried', 2017, 2016, 2018) },
  V(2018, 0, cite('IMDi', 'Statsbudsjettet 2018', '2018', note('abolished'))),
  ...[2019, 2020, 2021, 2022].map(
    (year): Anchor => ({ year, value: 0, status: 'derived', source: rule('no-grant-between', 2018, 2023) }),
  ),
  V(2023, 50_000, cite('IMDi', 'imdi.no', '2023-10-03')),
];

/** The rate anchors of every grant line (docs/model.md#grants). */
export const RATE_ANCHORS: RateAnchors = {
  integration: {
    year1SingleAdult: line(
      V(2017, 235_000, IMDI_2017),
      S(2018, 237_000, { ...NRK_2018, notes: [note('category-not-stated')] }),
      S(2024, 241_100, APP_2024),
    ),
    year1AdultInFamily: line(V(2017, 185_000, IMDI_2017), S(2024, 194_400, APP_2024)),
    year1Child: line(V(2017, 185_000, IMDI_2017)),
    year1UnaccompaniedMinor: line(V(2017, 185_000, IMDI_2017), S(2024, 187_000, APP_2024)),
    year2: line(V(2017, 230_000, IMDI_2017)),
    year3: line(V(2017, 167_000, IMDI_2017)),
    year4: line(V(2017, 84_000, IMDI_2017)),
    year5: line(V(2017, 70_500, IMDI_2017), S(2018, 71_600, NRK_2018)),
  },
  elderly: line(V(2017, 164_200, IMDI_2017), S(2024, 180_600, APP_2024)),
  kindergarten: line(V(2017, 25_100, IMDI_2017), S(2024, 27_800, APP_2024)),
  minors: {
    youngBand: line(
      { ...V(2016, 207_000, cite('IMDi', 'imdi.no', '2016', note('one-band', { year: 2016 }))), alone: true },
      V(2023, 1_118_000, cite('KS', 'Statsbudsjettet 2023', '2023', note('band-edge-derived'))),
    ),
    olderBand: line(
      { ...V(2016, 207_000, cite('IMDi', 'imdi.no', '2016', note('one-band', { year: 2016 }))), alone: true },
      V(2023, 705_000, cite('KS', 'Statsbudsjettet 2023', '2023', note('band-edge-derived'))),
    ),
    oneOff: {
      anchors: [V(2016, 100_000, IMDI_WEB_2016)],
      otherwise: { value: 0, status: 'derived', source: rule('only-in', 2016) },
    },
  },
  highNeeds: {
    tier1: line(V(2019, 190_800, KS_2019), V(2023, 196_400, KS_2023), S(2024, 196_400, S_2024)),
    tier2Threshold: line(V(2017, 200_000, cite('Regjeringen', 'regjeringen.no', '2017', note('high-needs-rules')))),
    tier2Cap: line(V(2019, 1_320_000, KS_2019), V(2023, 1_520_000, KS_2023), S(2024, 1_608_000, S_2024)),
  },
  aboveRequest: {
    anchors: ABOVE_REQUEST,
    otherwise: {
      value: 0,
      status: 'estimated',
      source: rule('no-grant-known'),
    },
  },
  unusedDecidedPlace: {
    anchors: [V(2022, 50_000, cite('IMDi', 'imdi.no', '2022', note('unused-decided-place')))],
    otherwise: { value: 0, status: 'derived', source: rule('only-in', 2022) },
  },
  norwegianTraining: {
    lowTotal: line(V(2019, 54_500, cite('KS', 'Statsbudsjettet 2019', '2019', note('total-low-rate')))),
    highTotal: line(V(2019, 141_800, cite('KS', 'Statsbudsjettet 2019', '2019', note('total-high-rate')))),
    // Persons with collective protection: one year's grant (KS, statsbudsjettet 2023; 2024 quoted by a secondary source).
    collectiveProtection: line(V(2023, 45_000, KS_2023), S(2024, 48_400, S_2024)),
  },
};

/** A year in which the integration grant was not price-adjusted, with its source. */
export interface IntegrationFreeze {
  readonly year: number;
  readonly source: Source;
}

/** The integration grant was not price-adjusted in 2023 (KS, statsbudsjettet 2023, V). */
export const INTEGRATION_FREEZES: readonly IntegrationFreeze[] = [{ year: 2023, source: KS_2023 }];

/** Grunnbeløpet G, set each 1 May, 2016–2026 (NAV, «Grunnbeløpet i folketrygden»; 2024 and 2026 confirmed there). */
export const G_ANCHORS: readonly GFigure[] = (
  [
    [2016, 92_576],
    [2017, 93_634],
    [2018, 96_883],
    [2019, 99_858],
    [2020, 101_351],
    [2021, 106_399],
    [2022, 111_477],
    [2023, 118_620],
    [2024, 124_028],
    [2025, 130_160],
    [2026, 136_549],
  ] as const
).map(([year, value]): GFigure => ({
  year,
  value,
  status: 'verified',
  source: cite('NAV', 'Grunnbeløpet i folketrygden', `${year}-05-01`),
}));

const zone = (perM2: number, max: number): Figure => ({
  value: max,
  status: 'verified',
  source: cite('Husbanken', 'Tilskudd til utleieboliger', '2023-06-16', note('per-square-metre', { kroner: perM2, squareMetres: 80 })),
});

/** Husbanken's rental-housing grant, maximum per dwelling, per zone (Husbanken, «Tilskudd til utleieboliger», 16 June 2023). */
export const HOUSING_GRANT_PER_UNIT = {
  oslo: zone(21_200, 1_696_000),
  baerum: zone(17_000, 1_360_000),
  'large-city': zone(12_700, 1_016_000),
  city: zone(11_700, 936_000),
  regional: zone(9_600, 768_000),
  other: zone(8_500, 680_000),
} satisfies Record<HousingZone, Figure>;

/**
 * The zone of the municipalities Husbanken's examples name (Oslo, Bærum, Bergen, Trondheim, Tromsø,
 * Stavanger, Bodø, Ringerike, Kristiansand, Ålesund). Every other municipality is assumed
 * to be in zone 'other': an assumption the planner can change.
 */
export const ZONE_BY_MUNICIPALITY: Readonly<Record<string, HousingZone>> = {
  '0301': 'oslo',
  '3201': 'baerum',
  '4601': 'large-city',
  '5001': 'large-city',
  '5501': 'large-city',
  '1103': 'city',
  '1804': 'city',
  '3305': 'regional',
  '4204': 'regional',
  '1508': 'regional',
};

/** The assumption behind zones of municipalities Husbanken's examples do not name. */
export const ZONE_ASSUMPTION =
  "Municipalities that Husbanken's examples do not name are put in zone 'other': an assumption the planner can change.";

/** The zone of a municipality: the named ones from the map, all others 'other' (assumption). */
export function housingZoneOf(code: string, zones: Readonly<Record<string, HousingZone>> = ZONE_BY_MUNICIPALITY): HousingZone {
  return zones[code] ?? 'other';
}

const IMDI_RECORD = 'IMDi, «Anmodning og vedtak» table and annual reports';
const GOV_RECORD = 'regjeringen.no, «Busetjing av flyktningar»';
const NTB = 'NTB (2024–2025)';
const row = (
  year: number,
  request: number,
  revisedTo: number | null,
  decided: number | null,
  settled: number | null,
  source: string,
  note = '',
  settledIsPartial = false,
): NationalRecordYear => ({ year, request, revisedTo, decided, settled, settledIsPartial, note, source });

/** The national record: IMDi's request, revision, decisions and settlements (imdi.no «Anmodning og vedtak» and annual reports, regjeringen.no, NTB). */
export const NATIONAL_RECORD: readonly NationalRecordYear[] = [
  row(2015, 10_000, null, null, 11_342, IMDI_RECORD),
  row(2016, 18_517, 16_000, 16_523, 15_291, IMDI_RECORD, 'request cut to 16 000 in June'),
  row(2017, 12_522, null, 10_915, 11_078, IMDI_RECORD),
  row(2018, 4_400, null, null, 4_903, IMDI_RECORD),
  row(2019, 5_350, null, null, 4_822, IMDI_RECORD),
  row(2020, 5_120, 3_600, null, 2_819, GOV_RECORD, 'request cut to about 3 600'),
  row(2021, 5_025, 3_790, null, 4_489, GOV_RECORD, 'request cut to 3 790'),
  row(2022, 5_500, 35_000, null, 31_258, `${GOV_RECORD}; TV2 (2022)`,
    'request raised to 35 000 on 18 March; about 23 292 places decided by 31 March (final count not found)'),
  row(2023, 35_000, 38_000, 35_499, 33_000, GOV_RECORD,
    'request raised to 38 000 in May; settled: more than 33 000 (a lower bound)', true),
  row(2024, 37_000, null, null, 23_000, NTB, 'settled: just under 23 000 by November (partial year)', true),
  row(2025, 18_900, null, null, null, NTB, 'settled not yet known'),
];

/** One year of unaccompanied minors settled (IMDi's «Anmodning og vedtak» and annual reports). */
export interface MinorsSettledYear {
  readonly year: number;
  readonly settled: number;
  readonly status: FigureStatus;
  readonly source: string;
}

/** Unaccompanied minors settled, 2015–2019 (IMDi, verified). */
export const UNACCOMPANIED_MINORS_SETTLED: readonly MinorsSettledYear[] = (
  [
    [2015, 691],
    [2016, 1_599],
    [2017, 759],
    [2018, 194],
    [2019, 137],
  ] as const
).map(([year, settled]): MinorsSettledYear => ({ year, settled, status: 'verified', source: IMDI_RECORD }));
