/**
 * zod schemas of the three reference files in public/data (docs/model.md#rates). Each schema
 * `satisfies z.ZodMiniType<T>` for the engine type it yields (its output is assignable to T), and
 * `SchemaTypeProofs` proves that the parsed objects have no key T lacks.
 */
import * as z from 'zod/mini';
import type {
  Figure,
  FigureStatus,
  GFigure,
  HousingZone,
  Municipality,
  NationalRecordYear,
  RateTable,
  Source,
} from '../engine';
import type { MinorsSettledYear } from './anchors';

/** rates.json: rate tables 2016–2045, G, index growth, Husbanken's grant per zone. */
export interface RatesFile {
  readonly schemaVersion: 2;
  readonly edition: string;
  readonly generatedFrom: string;
  readonly indexGrowth: Figure;
  readonly g: readonly GFigure[];
  readonly rates: readonly RateTable[];
  readonly housingGrantPerUnit: Readonly<Record<HousingZone, Figure>>;
  readonly zoneByMunicipality: Readonly<Record<string, HousingZone>>;
  readonly zoneAssumption: string;
  /** Years the integration grant was not price-adjusted, with their source. */
  readonly integrationFreezes: readonly { readonly year: number; readonly source: Source }[];
}

/** national-record.json: IMDi's requests, revisions, decisions and settlements (docs/model.md#draws). */
export interface NationalRecordFile {
  readonly schemaVersion: 1;
  readonly edition: string;
  readonly years: readonly NationalRecordYear[];
  readonly unaccompaniedMinorsSettled: readonly MinorsSettledYear[];
}

/** municipalities.json: the 357 municipalities of 1 Jan 2024 (shared/data/README.md). */
export interface MunicipalitiesFile {
  readonly schemaVersion: 1;
  readonly edition: string;
  readonly validFrom: string;
  readonly source: string;
  readonly municipalities: readonly Municipality[];
}

/** Municipalities valid from 1 January 2024 (Kartverket 2024 edition). */
export const MUNICIPALITY_COUNT_2024 = 357;

const WHOLE = 'expected a whole number ≥ 0';
const kroner = z.int({ error: WHOLE }).check(z.minimum(0, { error: WHOLE }));
const persons = kroner;
const YEAR = 'expected a year (a whole number 1900–2200)';
const year = z.int({ error: YEAR }).check(z.minimum(1900, { error: YEAR }), z.maximum(2200, { error: YEAR }));
const text = z.string({ error: 'expected text' }).check(z.minLength(1, { error: 'expected non-empty text' }));
const ISO_DATE = 'expected a date written YYYY-MM-DD';
const isoDate = z.string({ error: ISO_DATE }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: ISO_DATE }));
const schemaVersion = z.literal(1, { error: 'expected 1 (the version this app reads)' });
const CODE = 'expected a 4-digit municipality code';
const code = z.string({ error: CODE }).check(z.regex(/^\d{4}$/, { error: CODE }));

const STATUSES = ['verified', 'secondary', 'derived', 'estimated', 'user-entered'] as const;
/** A figure's status (docs/model.md#rate-tables-and-statuses). */
export const figureStatusSchema = z.enum(STATUSES, {
  error: `expected one of ${STATUSES.join(', ')}`,
}) satisfies z.ZodMiniType<FigureStatus>;

const ZONES = ['oslo', 'baerum', 'large-city', 'city', 'regional', 'other'] as const;
/** Husbanken's zones («Tilskudd til utleieboliger»). */
export const housingZoneSchema = z.enum(ZONES, {
  error: `expected one of ${ZONES.join(', ')}`,
}) satisfies z.ZodMiniType<HousingZone>;

const DATE = 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD';
const NOTES = [
  'quoted-by-journalist-app',
  'swaps-adult-and-child',
  'quoted-by-secondary-source',
  'band-edge-derived',
  'one-band',
  'total-low-rate',
  'total-high-rate',
  'unused-decided-place',
  'abolished',
  'high-needs-rules',
  'category-not-stated',
  'per-square-metre',
] as const;
const RULES = [
  'child-as-adult-in-family',
  'no-grant-between',
  'carried',
  'only-in',
  'no-grant-known',
  'average-growth-of-g',
  'g-assumed-growth',
  'beyond-tables',
] as const;
const sourceNoteSchema = z.strictObject({
  note: z.enum(NOTES, { error: `expected one of ${NOTES.join(', ')}` }),
  year: z.optional(year),
  kroner: z.optional(kroner),
  squareMetres: z.optional(kroner),
});
const citedSourceSchema = z.strictObject({
  kind: z.literal('cited'),
  publisher: text,
  document: text,
  date: z.string({ error: DATE }).check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: DATE })),
  notes: z.optional(z.array(sourceNoteSchema)),
});
const estimateSourceSchema = z.strictObject({
  kind: z.literal('estimate'),
  fromYear: year,
  fromStatus: figureStatusSchema,
  growth: z.number({ error: 'expected a number' }),
  frozenYears: z.optional(z.array(year)),
});
const textSourceSchema = z.strictObject({ kind: z.literal('text'), text });
const ruleSourceSchema = z.strictObject({
  kind: z.literal('rule'),
  rule: z.enum(RULES, { error: `expected one of ${RULES.join(', ')}` }),
  years: z.array(year),
  growth: z.optional(z.number({ error: 'expected a number' })),
  get base(): z.ZodMiniOptional<z.ZodMiniType<Source>> {
    return z.optional(sourceSchema);
  },
});
/** Where a figure comes from, as data (engine `Source`). */
export const sourceSchema: z.ZodMiniType<Source> = z.discriminatedUnion('kind', [
  citedSourceSchema,
  estimateSourceSchema,
  ruleSourceSchema,
  textSourceSchema,
]);

/** A money figure: whole kroner ≥ 0, with status, source, and for an estimate its range. */
export const moneyFigureSchema = z
  .strictObject({
    value: kroner,
    status: figureStatusSchema,
    source: sourceSchema,
    low: z.optional(kroner),
    high: z.optional(kroner),
  })
  .check(
    z.superRefine((f, ctx) => {
      // A value the field itself refuses is reported there only.
      if (!Number.isInteger(f.value) || f.value < 0) return;
      if (f.status === 'estimated' && (f.low === undefined || f.high === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'expected low and high beside an estimated value', path: ['low'], input: f });
      } else if (f.low !== undefined && f.high !== undefined && !(f.low <= f.value && f.value <= f.high)) {
        ctx.addIssue({ code: 'custom', message: `expected low ≤ value ≤ high, got ${f.low}, ${f.value}, ${f.high}`, path: ['value'], input: f });
      }
    }),
  ) satisfies z.ZodMiniType<Figure>;

const GROWTH = 'expected a yearly growth between -0.5 and 0.5';
const growthFigureSchema = z.strictObject({
  value: z.number({ error: GROWTH }).check(z.minimum(-0.5, { error: GROWTH }), z.maximum(0.5, { error: GROWTH })),
  status: figureStatusSchema,
  source: sourceSchema,
});

const G_VALUE = 'expected a whole number > 0';
/** G of one year (NAV). */
export const gFigureSchema = z.strictObject({
  year,
  value: z.int({ error: G_VALUE }).check(z.minimum(1, { error: G_VALUE })),
  status: figureStatusSchema,
  source: sourceSchema,
  low: z.optional(kroner),
  high: z.optional(kroner),
}) satisfies z.ZodMiniType<GFigure>;

/** The shape of one budget year's rate table, for a figure schema. */
function rateTableOf<F extends z.ZodMiniType, N extends z.ZodMiniType>(m: F, norwegianTraining: N) {
  return z.strictObject({
    year,
    integration: z.strictObject({
      year1SingleAdult: m,
      year1AdultInFamily: m,
      year1Child: m,
      year1UnaccompaniedMinor: m,
      year2: m,
      year3: m,
      year4: m,
      year5: m,
    }),
    elderly: m,
    kindergarten: m,
    minors: z.strictObject({ youngBand: m, olderBand: m, oneOff: m }),
    highNeeds: z.strictObject({ tier1: m, tier2Threshold: m, tier2Cap: m }),
    aboveRequest: m,
    unusedDecidedPlace: m,
    norwegianTraining,
  });
}

/** Version 2's Norwegian-training lines: the three-year totals and the collective-protection rate. */
const norwegianTrainingOf = <F extends z.ZodMiniType>(m: F) => z.strictObject({ lowTotal: m, highTotal: m, collectiveProtection: m });

/** One budget year's rate table (docs/model.md#rate-tables-and-statuses). */
export const rateTableSchema = rateTableOf(moneyFigureSchema, norwegianTrainingOf(moneyFigureSchema)) satisfies z.ZodMiniType<RateTable>;

/** Checks that entries are in year order, one a year, with no gap. */
function contiguousYears(items: readonly { readonly year: number }[], ctx: z.core.$RefinementCtx): void {
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous !== undefined && item.year !== previous.year + 1) {
      ctx.addIssue({
        code: 'custom',
        message: `expected ${previous.year + 1} (years in order, one entry a year, no gaps)`,
        path: [i, 'year'],
        input: item.year,
      });
    }
  });
}

/** G must cover every rate year (it indexes them). */
const gCoversRates = z.superRefine((file: { g: readonly { year: number }[]; rates: readonly { year: number }[] }, ctx) => {
  const gYears = new Set(file.g.map((f) => f.year));
  const missing = file.rates.map((r) => r.year).filter((y) => !gYears.has(y));
  if (missing.length > 0) {
    ctx.addIssue({ code: 'custom', message: `expected G for every rate year, missing ${missing.join(', ')}`, path: ['g'] });
  }
});

/** The fields both versions of rates.json share, for a figure schema. */
function ratesFields<F extends z.ZodMiniType, N extends z.ZodMiniType, G extends z.ZodMiniType<{ year: number }>, R extends z.ZodMiniType>(
  m: F,
  norwegianTraining: N,
  g: G,
  growth: R,
) {
  return {
    edition: text,
    generatedFrom: text,
    indexGrowth: growth,
    g: z.array(g).check(z.minLength(1), z.superRefine((items, ctx) => contiguousYears(items, ctx))),
    rates: z.array(rateTableOf(m, norwegianTraining)).check(z.minLength(1), z.superRefine((items, ctx) => contiguousYears(items, ctx))),
    housingGrantPerUnit: z.strictObject({ oslo: m, baerum: m, 'large-city': m, city: m, regional: m, other: m }),
    zoneByMunicipality: z.record(code, housingZoneSchema),
    zoneAssumption: text,
  };
}

/** rates.json, version 2: sources as data, estimated rates with their range. */
export const ratesFileSchema = z
  .strictObject({
    schemaVersion: z.literal(2, { error: 'expected 2 or 1 (the versions this app reads)' }),
    ...ratesFields(moneyFigureSchema, norwegianTrainingOf(moneyFigureSchema), gFigureSchema, growthFigureSchema),
    integrationFreezes: z.array(z.strictObject({ year, source: sourceSchema })),
  })
  .check(gCoversRates) satisfies z.ZodMiniType<RatesFile>;

const textFigure = { value: kroner, status: figureStatusSchema, source: text };
/** rates.json, version 1 (editions up to 2026-11): sources as English text, no ranges. */
export const ratesFileV1Schema = z
  .strictObject({
    schemaVersion,
    ...ratesFields(
      z.strictObject(textFigure),
      z.strictObject({ lowTotal: z.strictObject(textFigure), highTotal: z.strictObject(textFigure) }),
      z.strictObject({ ...textFigure, year, value: z.int({ error: G_VALUE }).check(z.minimum(1, { error: G_VALUE })) }),
      z.strictObject({ ...textFigure, value: growthFigureSchema.shape.value }),
    ),
  })
  .check(gCoversRates);

/** Deep-maps every figure `{ value, status, source }` of a tree. */
function mapFigures(node: unknown, f: (figure: { value: number; status: string; source: string }) => unknown): unknown {
  if (Array.isArray(node)) return node.map((n) => mapFigures(n, f));
  if (node && typeof node === 'object') {
    if ('value' in node && 'status' in node && 'source' in node) return f(node as { value: number; status: string; source: string });
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapFigures(v, f)]));
  }
  return node;
}

/** Version 1 had no collective-protection rate: read as none known (0, to be entered). */
const NO_COLLECTIVE_PROTECTION_RATE: Figure = { value: 0, status: 'estimated', source: { kind: 'rule', rule: 'no-grant-known', years: [] }, low: 0, high: 0 };

/**
 * A version-1 file as version 2: each source kept as written (a text source), each estimate with
 * a range of its own value (version 1 stated none), no freeze list (version 1 had it applied),
 * and no collective-protection rate known.
 */
export function ratesFromV1(file: z.output<typeof ratesFileV1Schema>): RatesFile {
  const converted = mapFigures(file, (figure) => ({
    ...figure,
    source: { kind: 'text', text: figure.source },
    ...(figure.status === 'estimated' && 'year' in figure === false ? { low: figure.value, high: figure.value } : {}),
  })) as Omit<RatesFile, 'schemaVersion' | 'integrationFreezes'>;
  const rates = converted.rates.map((table) => ({
    ...table,
    norwegianTraining: { ...table.norwegianTraining, collectiveProtection: NO_COLLECTIVE_PROTECTION_RATE },
  }));
  return { ...converted, rates, schemaVersion: 2, integrationFreezes: [] };
}

/** One year of the national record (IMDi's «Anmodning og vedtak», regjeringen.no, NTB). */
export const nationalRecordYearSchema = z.strictObject({
  year,
  request: persons,
  revisedTo: z.nullable(persons),
  decided: z.nullable(persons),
  settled: z.nullable(persons),
  settledIsPartial: z.boolean({ error: 'expected true or false' }),
  note: z.string({ error: 'expected text' }),
  source: text,
}) satisfies z.ZodMiniType<NationalRecordYear>;

const minorsSettledSchema = z.strictObject({
  year,
  settled: persons,
  status: figureStatusSchema,
  source: text,
}) satisfies z.ZodMiniType<MinorsSettledYear>;

/** national-record.json. */
export const nationalRecordFileSchema = z.strictObject({
  schemaVersion,
  edition: text,
  years: z.array(nationalRecordYearSchema).check(z.minLength(1), z.superRefine(contiguousYears)),
  unaccompaniedMinorsSettled: z.array(minorsSettledSchema).check(z.superRefine(contiguousYears)),
}) satisfies z.ZodMiniType<NationalRecordFile>;

const NFC = 'expected the name in Unicode NFC form';
/** One municipality: code, name (NFC, kept exactly), county, population. */
export const municipalitySchema = z.strictObject({
  code,
  name: text.check(z.refine((s) => s === s.normalize('NFC'), { error: NFC })),
  county: text,
  population: persons,
}) satisfies z.ZodMiniType<Municipality>;

const COUNT = `expected the ${MUNICIPALITY_COUNT_2024} municipalities of 2024`;
/** municipalities.json: 357 municipalities with unique codes. */
export const municipalitiesFileSchema = z.strictObject({
  schemaVersion,
  edition: isoDate,
  validFrom: isoDate,
  source: text,
  municipalities: z
    .array(municipalitySchema)
    .check(
      z.length(MUNICIPALITY_COUNT_2024, { error: COUNT }),
      z.superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((mun, i) => {
          if (seen.has(mun.code)) {
            ctx.addIssue({ code: 'custom', message: 'expected a unique code', path: [i, 'code'], input: mun.code });
          }
          seen.add(mun.code);
        });
      }),
    ),
}) satisfies z.ZodMiniType<MunicipalitiesFile>;

/** True when A has exactly the keys of B (assignability of A to B is checked by `satisfies`). */
type Exact<A, B> = [Exclude<keyof A, keyof B>] extends [never] ? ([Exclude<keyof B, keyof A>] extends [never] ? true : false) : false;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Compile-time proofs: the enums equal the engine's, parsed objects have exactly its keys. */
export type SchemaTypeProofs = [
  Assert<Same<z.output<typeof figureStatusSchema>, FigureStatus>>,
  Assert<Same<z.output<typeof housingZoneSchema>, HousingZone>>,
  Assert<Exact<z.output<typeof moneyFigureSchema>, Figure>>,
  Assert<Exact<z.output<typeof gFigureSchema>, GFigure>>,
  Assert<Exact<z.output<typeof rateTableSchema>, RateTable>>,
  Assert<Exact<z.output<typeof rateTableSchema>['integration'], RateTable['integration']>>,
  Assert<Exact<z.output<typeof rateTableSchema>['minors'], RateTable['minors']>>,
  Assert<Exact<z.output<typeof rateTableSchema>['highNeeds'], RateTable['highNeeds']>>,
  Assert<Exact<z.output<typeof rateTableSchema>['norwegianTraining'], RateTable['norwegianTraining']>>,
  Assert<Exact<z.output<typeof nationalRecordYearSchema>, NationalRecordYear>>,
  Assert<Exact<z.output<typeof municipalitySchema>, Municipality>>,
  Assert<Exact<z.output<typeof ratesFileSchema>, RatesFile>>,
  Assert<Exact<z.output<typeof nationalRecordFileSchema>, NationalRecordFile>>,
  Assert<Exact<z.output<typeof municipalitiesFileSchema>, MunicipalitiesFile>>,
];
