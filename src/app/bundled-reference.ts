import { parseReferenceBundle, type ReferenceLoadResult } from '../reference/load';

/**
 * The copy of the reference data built into the app, for when the served files fail. Imported
 * dynamically, so it is a chunk of its own that only a failed start-up downloads; validated
 * like the served files.
 */
export async function loadBundledReference(): Promise<ReferenceLoadResult> {
  const [rates, nationalRecord, municipalities] = await Promise.all([
    import('../../public/data/rates.json'),
    import('../../public/data/national-record.json'),
    import('../../public/data/municipalities.json'),
  ]);
  return parseReferenceBundle({ rates: rates.default, nationalRecord: nationalRecord.default, municipalities: municipalities.default });
}
