/**
 * Builds the reference data the app serves (`npm run data:build`): public/data/rates.json,
 * national-record.json and municipalities.json, from the known figures in
 * src/reference/anchors.ts (each with the published document it comes from) and the
 * municipality list in data/municipalities-2024.json. Everything it reads is in this
 * repository. Each file is validated by its schema before it is written.
 *
 * Usage: npx tsx scripts/build-reference-data.ts [path/to/municipalities-2024.json]
 * (default data/municipalities-2024.json, relative to this script, not to the working
 * directory: the list of 2024, from Kartverket and SSB, see data/README.md).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { core } from 'zod/mini';
import {
  G_ANCHORS,
  HOUSING_GRANT_PER_UNIT,
  INTEGRATION_FREEZES,
  NATIONAL_RECORD,
  RATE_ANCHORS,
  UNACCOMPANIED_MINORS_SETTLED,
  ZONE_ASSUMPTION,
  ZONE_BY_MUNICIPALITY,
} from '../src/reference/anchors';
import { averageYearlyGrowthOfG, fillG, fillRateTables } from '../src/reference/fill';
import { parseWithIssues } from '../src/lib/zod-issues';
import type { MunicipalitiesFile, NationalRecordFile, RatesFile } from '../src/reference/schema';
import { municipalitiesFileSchema, nationalRecordFileSchema, ratesFileSchema } from '../src/reference/schema';

const OUT_DIR = fileURLToPath(new URL('../public/data/', import.meta.url));
const DEFAULT_MUNICIPALITIES = fileURLToPath(new URL('../data/municipalities-2024.json', import.meta.url));

/** Edition of the rates and the national record: the month they were compiled. */
const EDITION = '2026-12';
/** Rate tables and G cover these years; G is known 2016–2026 (NAV). */
const FIRST_YEAR = 2016;
const LAST_YEAR = 2045;

function buildRates(): RatesFile {
  const indexGrowth = averageYearlyGrowthOfG(G_ANCHORS, 2016, 2026);
  return {
    schemaVersion: 2,
    edition: EDITION,
    generatedFrom:
      "IMDi's circulars «Tilskudd til kommunene ved bosetting av flyktninger», NAV's grunnbeløp, KS, Husbanken (each figure names its document); unknown rates estimated by the rule of src/reference/fill.ts",
    indexGrowth,
    g: fillG(G_ANCHORS, FIRST_YEAR, LAST_YEAR, indexGrowth.value),
    rates: fillRateTables(RATE_ANCHORS, G_ANCHORS, FIRST_YEAR, LAST_YEAR, indexGrowth.value),
    housingGrantPerUnit: HOUSING_GRANT_PER_UNIT,
    zoneByMunicipality: ZONE_BY_MUNICIPALITY,
    zoneAssumption: ZONE_ASSUMPTION,
    integrationFreezes: INTEGRATION_FREEZES,
  };
}

function buildNationalRecord(): NationalRecordFile {
  return {
    schemaVersion: 1,
    edition: EDITION,
    years: NATIONAL_RECORD,
    unaccompaniedMinorsSettled: UNACCOMPANIED_MINORS_SETTLED,
  };
}

async function buildMunicipalities(sourcePath: string): Promise<MunicipalitiesFile> {
  const list: unknown = JSON.parse(await readFile(sourcePath, 'utf8'));
  return {
    schemaVersion: 1,
    edition: '2024-01-01',
    validFrom: '2024-01-01',
    source: 'Kartverket (CC BY 4.0) and SSB table 07459 (NLOD)',
    municipalities: list as MunicipalitiesFile['municipalities'],
  };
}

/** Validates `data` by `schema`, then writes it pretty-printed; returns the error lines. */
async function writeChecked(file: string, schema: core.$ZodType, data: unknown): Promise<string[]> {
  const checked = parseWithIssues(schema, data);
  if (!checked.ok) return checked.issues.map((line) => `${file}: ${line}`);
  await writeFile(join(OUT_DIR, file), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
  console.log(`wrote public/data/${file}`);
  return [];
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const municipalities = await buildMunicipalities(process.argv[2] ?? DEFAULT_MUNICIPALITIES);
  const errors = [
    ...(await writeChecked('rates.json', ratesFileSchema, buildRates())),
    ...(await writeChecked('national-record.json', nationalRecordFileSchema, buildNationalRecord())),
    ...(await writeChecked('municipalities.json', municipalitiesFileSchema, municipalities)),
  ];
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exitCode = 1;
  }
}

await main();
