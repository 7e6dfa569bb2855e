/**
 * Reads the reference files from a folder on disk (Node only: the command-line planner and
 * tests). Same validation and error lines as `fetchReferenceBundle`; never throws.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fetched, ReferenceLoadResult } from './load';
import { bundleFromFetched, parseJsonText, REFERENCE_FILES } from './load';

async function readJson(dir: string, file: string): Promise<Fetched> {
  const path = join(dir, file);
  try {
    return parseJsonText(await readFile(path, 'utf8'), file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${file}: cannot read ${path} (${reason})` };
  }
}

/** Reads `rates.json`, `national-record.json` and `municipalities.json` from `dir` (e.g. public/data). */
export async function readReferenceBundleFromDisk(dir: string): Promise<ReferenceLoadResult> {
  const [rates, nationalRecord, municipalities] = await Promise.all([
    readJson(dir, REFERENCE_FILES.rates),
    readJson(dir, REFERENCE_FILES.nationalRecord),
    readJson(dir, REFERENCE_FILES.municipalities),
  ]);
  return bundleFromFetched(rates, nationalRecord, municipalities);
}
