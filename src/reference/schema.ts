/**
 * zod schemas of the three reference files in public/data (FACTS.md §1–§6). Each schema
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
} from '../engine/types';
import type { MinorsSettledYear } from './anchors';

/** rates.json: rate tables 2016–2045, G, index growth, Husbanken's grant per zone. */
export interface RatesFile {
  readonly schemaVersion: 1;
  readonly edition: string;
  readonly generatedFrom: string;
  readonly indexGrowth: Figure;
  readonly g: readonly GFigure[];
  readonly rates: readonly RateTable[];
  readonly housingGrantPerUnit: Readonly<Record<HousingZone, Figure>>;
  readonly zoneByMunicipality: Readonly<Record<string, HousingZone>>;
  readonly zoneAssumption: string;
}

/** national-record.json: FACTS.md §5. */
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
/** A figure's status (FACTS.md legend). */
export const figureStatusSchema = z.enum(STATUSES, {
  error: `expected one of ${STATUSES.join(', ')}`,
}) satisfies z.ZodMiniType<FigureStatus>;

const ZONES = ['oslo', 'baerum', 'large-city', 'city', 'regional', 'other'] as const;
/** Husbanken's zones (FACTS.md §6). */
export const housingZoneSchema = z.enum(ZONES, {
  error: `expected one of ${ZONES.join(', ')}`,
}) satisfies z.ZodMiniType<HousingZone>;

/** A money figure: whole kroner ≥ 0, with status and source. */
export const moneyFigureSchema = z.strictObject({
  value: kroner,
  status: figureStatusSchema,
  source: text,
}) satisfies z.ZodMiniType<Figure>;

const GROWTH = 'expected a yearly growth between -0.5 and 0.5';
const growthFigureSchema = z.strictObject({
  value: z.number({ error: GROWTH }).check(z.minimum(-0.5, { error: GROWTH }), z.maximum(0.5, { error: GROWTH })),
  status: figureStatusSchema,
  source: text,
});

const G_VALUE = 'expected a whole number > 0';
/** G of one year (FACTS.md §4). */
export const gFigureSchema = z.strictObject({
  year,
  value: z.int({ error: G_VALUE }).check(z.minimum(1, { error: G_VALUE })),
  status: figureStatusSchema,
  source: text,
}) satisfies z.ZodMiniType<GFigure>;

const m = moneyFigureSchema;
/** One budget year's rate table (MODEL.md "Grants"). */
export const rateTableSchema = z.strictObject({
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
  norwegianTraining: z.strictObject({ lowTotal: m, highTotal: m }),
}) satisfies z.ZodMiniType<RateTable>;

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

/** rates.json. G must cover every rate year (it indexes them). */
export const ratesFileSchema = z
  .strictObject({
    schemaVersion,
    edition: text,
    generatedFrom: text,
    indexGrowth: growthFigureSchema,
    g: z.array(gFigureSchema).check(z.minLength(1), z.superRefine(contiguousYears)),
    rates: z.array(rateTableSchema).check(z.minLength(1), z.superRefine(contiguousYears)),
    housingGrantPerUnit: z.strictObject({
      oslo: m,
      baerum: m,
      'large-city': m,
      city: m,
      regional: m,
      other: m,
    }),
    zoneByMunicipality: z.record(code, housingZoneSchema),
    zoneAssumption: text,
  })
  .check(
    z.superRefine((file, ctx) => {
      const gYears = new Set(file.g.map((f) => f.year));
      const missing = file.rates.map((r) => r.year).filter((y) => !gYears.has(y));
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', message: `expected G for every rate year, missing ${missing.join(', ')}`, path: ['g'] });
      }
    }),
  ) satisfies z.ZodMiniType<RatesFile>;

/** One year of the national record (FACTS.md §5). */
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
