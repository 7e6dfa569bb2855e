/**
 * Loads the reference data the app serves from public/data: three files, each validated by its
 * schema, then checked against each other. Never throws: a damaged or missing file gives
 * lines naming the file and the path (docs/architecture.md#data-from-outside).
 */
import type { HousingZone, Municipality, NationalRecordYear, ReferenceData } from '../engine';
import type { MinorsSettledYear } from './anchors';
import { housingZoneOf } from './anchors';
import { parseWithIssues } from '../lib/zod-issues';
import type { RatesFile } from './schema';
import { municipalitiesFileSchema, nationalRecordFileSchema, ratesFileSchema, ratesFileV1Schema, ratesFromV1 } from './schema';

type Parsed<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: string[] };

/** rates.json of version 2, or of version 1 read as version 2 (`ratesFromV1`). */
function parseRates(raw: unknown): Parsed<RatesFile> {
  const version = raw && typeof raw === 'object' && 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (version !== 1) return parseWithIssues(ratesFileSchema, raw);
  const v1 = parseWithIssues(ratesFileV1Schema, raw);
  return v1.ok ? { ok: true, data: ratesFromV1(v1.data) } : v1;
}

/** The file names under `data/`. */
export const REFERENCE_FILES = {
  rates: 'rates.json',
  nationalRecord: 'national-record.json',
  municipalities: 'municipalities.json',
} as const;

/** The national record of requests and settlements (IMDi's «Anmodning og vedtak», regjeringen.no, NTB). */
export interface NationalRecord {
  readonly edition: string;
  readonly years: readonly NationalRecordYear[];
  readonly unaccompaniedMinorsSettled: readonly MinorsSettledYear[];
}

/** Edition and credit of the municipality list (Kartverket CC BY 4.0 must be credited). */
export interface MunicipalityEdition {
  readonly edition: string;
  readonly validFrom: string;
  readonly source: string;
}

/** Everything the app reads from public/data, validated. */
export interface ReferenceBundle {
  readonly reference: ReferenceData;
  readonly nationalRecord: NationalRecord;
  readonly municipalities: readonly Municipality[];
  readonly municipalityEdition: MunicipalityEdition;
  /** Every municipality's Husbanken zone: the named ones from rates.json, others 'other'. */
  readonly zoneByMunicipality: Readonly<Record<string, HousingZone>>;
  /** The assumption behind 'other' for municipalities Husbanken's examples do not name. */
  readonly zoneAssumption: string;
}

/** A bundle, or the lines saying what is wrong. */
export type ReferenceLoadResult =
  | { readonly ok: true; readonly data: ReferenceBundle }
  | { readonly ok: false; readonly errors: string[] };

/** The raw contents of the three files, as parsed from JSON. */
export interface RawReferenceFiles {
  readonly rates: unknown;
  readonly nationalRecord: unknown;
  readonly municipalities: unknown;
}

/**
 * Validates the three files and assembles the bundle. Errors read
 * `rates.json: rates[3].elderly.value: expected a whole number ≥ 0, got -5`.
 */
export function parseReferenceBundle(raw: RawReferenceFiles): ReferenceLoadResult {
  const rates = parseRates(raw.rates);
  const record = parseWithIssues(nationalRecordFileSchema, raw.nationalRecord);
  const muni = parseWithIssues(municipalitiesFileSchema, raw.municipalities);
  const errors = [
    ...(rates.ok ? [] : rates.issues.map((line) => `${REFERENCE_FILES.rates}: ${line}`)),
    ...(record.ok ? [] : record.issues.map((line) => `${REFERENCE_FILES.nationalRecord}: ${line}`)),
    ...(muni.ok ? [] : muni.issues.map((line) => `${REFERENCE_FILES.municipalities}: ${line}`)),
  ];
  if (!rates.ok || !record.ok || !muni.ok) return { ok: false, errors };

  const codes = new Set(muni.data.municipalities.map((m) => m.code));
  const unknown = Object.keys(rates.data.zoneByMunicipality).filter((c) => !codes.has(c));
  if (unknown.length > 0) {
    const lines = unknown.map(
      (c) => `${REFERENCE_FILES.rates}: zoneByMunicipality["${c}"]: no municipality with this code in ${REFERENCE_FILES.municipalities}`,
    );
    return { ok: false, errors: lines };
  }

  const { edition, g, indexGrowth, housingGrantPerUnit, integrationFreezes } = rates.data;
  const zones = Object.fromEntries(
    muni.data.municipalities.map((m) => [m.code, housingZoneOf(m.code, rates.data.zoneByMunicipality)]),
  );
  return {
    ok: true,
    data: {
      reference: {
        edition,
        rates: rates.data.rates,
        g,
        indexGrowth,
        housingGrantPerUnit,
        integrationFrozenYears: integrationFreezes.map((f) => f.year),
      },
      nationalRecord: {
        edition: record.data.edition,
        years: record.data.years,
        unaccompaniedMinorsSettled: record.data.unaccompaniedMinorsSettled,
      },
      municipalities: muni.data.municipalities,
      municipalityEdition: { edition: muni.data.edition, validFrom: muni.data.validFrom, source: muni.data.source },
      zoneByMunicipality: zones,
      zoneAssumption: rates.data.zoneAssumption,
    },
  };
}

/** The part of `fetch` used here, so tests can pass a stub. */
export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>>;

/** One file fetched or read: its parsed JSON, or a line naming the file and what failed. */
export type Fetched = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

async function fetchJson(url: string, file: string, fetchFn: FetchLike): Promise<Fetched> {
  let body: string;
  try {
    const response = await fetchFn(url);
    if (!response.ok) {
      return { ok: false, error: `${file}: request failed with HTTP ${response.status} ${response.statusText}`.trimEnd() };
    }
    body = await response.text();
  } catch (error) {
    return { ok: false, error: `${file}: request failed (${error instanceof Error ? error.message : String(error)})` };
  }
  return parseJsonText(body, file);
}

/** Parses a file's text as JSON; a syntax error names the file. */
export function parseJsonText(body: string, file: string): Fetched {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, error: `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Parses three fetched or read files into a bundle, or collects every file's error. */
export function bundleFromFetched(rates: Fetched, nationalRecord: Fetched, municipalities: Fetched): ReferenceLoadResult {
  if (rates.ok && nationalRecord.ok && municipalities.ok) {
    return parseReferenceBundle({ rates: rates.value, nationalRecord: nationalRecord.value, municipalities: municipalities.value });
  }
  const errors = [rates, nationalRecord, municipalities].flatMap((f) => (f.ok ? [] : [f.error]));
  return { ok: false, errors };
}

/**
 * Fetches `${baseUrl}data/rates.json`, `…/national-record.json` and `…/municipalities.json`
 * in parallel and parses them. A failed request names the file and the HTTP status.
 */
export async function fetchReferenceBundle(
  baseUrl: string,
  fetchFn: FetchLike = (url) => fetch(url),
): Promise<ReferenceLoadResult> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const get = (file: string) => fetchJson(`${base}data/${file}`, file, fetchFn);
  const [rates, nationalRecord, municipalities] = await Promise.all([
    get(REFERENCE_FILES.rates),
    get(REFERENCE_FILES.nationalRecord),
    get(REFERENCE_FILES.municipalities),
  ]);
  return bundleFromFetched(rates, nationalRecord, municipalities);
}
