import fc from 'fast-check';
import lzString from 'lz-string';
import { readPlanScenario } from '../../cli/read-plan';
import type { Scenario } from '../../src/engine';
import { readScenarioFile } from '../../src/scenario/scenario-file';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { readShareLink } from '../../src/scenario/share-link';
import { FIELD_BOUNDS, withinBound } from '../../src/scenario/bounds';
import { nameIssues } from '../../src/report/field-names';
import { parseScenario } from '../../src/scenario/parse';
import { createAppStore, STORAGE_KEY } from '../../src/store';
import type { SyncStorage } from '../../src/store/persistence';
import { extremeScenario } from './extreme-scenario';

/**
 * Fuzzing every reader of a scenario: random JSON documents and mutations of valid ones. A
 * reader may refuse a document, but must never throw, and what it accepts must pass the schema
 * and every bound again. `npm test` feeds 1 000 documents to each reader; `npm run fuzz` sets
 * FUZZ_RUNS=100000 and prints the counts.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const TIMEOUT = RUNS > 1_000 ? 3_600_000 : 30_000;
const f = formatter('nb');

/** The leaves of a value at a path pattern of FIELD_BOUNDS (`*` for every position). */
function leaves(node: unknown, keys: readonly string[]): unknown[] {
  if (keys.length === 0) return [node];
  const [key, ...rest] = keys;
  if (key === '*') return Array.isArray(node) ? node.flatMap((item: unknown) => leaves(item, rest)) : [];
  if (typeof node !== 'object' || node === null || key === undefined) return [];
  return leaves((node as Record<string, unknown>)[key], rest);
}

/** An accepted scenario is valid: it passes the schema again and every number within its bound (null is allowed where the schema allows it). */
function stillValid(scenario: Scenario): boolean {
  if (!parseScenario(JSON.parse(JSON.stringify(scenario))).ok) return false;
  return Object.entries(FIELD_BOUNDS).every(([pattern, bound]) => leaves(scenario, pattern.split('.')).every((v) => v === null || withinBound(v, bound)));
}

const PATHS = Object.keys(FIELD_BOUNDS).map((pattern) => pattern.split('.').map((key) => (key === '*' ? 0 : key)));
const EXTREME = [1e308, -1e308, 1e21, 1e15, 2_000_000, 10_001, -1, 0.5, 1.5, -0, 2 ** 60, Number.MAX_SAFE_INTEGER, ''];

/** Valid scenarios to mutate, made once: every field at or near its bound, lists cut to three rows (to keep a run fast). */
const POOL = Array.from({ length: 24 }, (_, seed) => {
  const s = extremeScenario(seed);
  const cut = <T>(rows: readonly T[]) => rows.slice(0, 3);
  const small: Scenario = {
    ...s,
    housing: { ...s.housing, pipeline: cut(s.housing.pipeline), releases: cut(s.housing.releases) },
    programme: { ...s.programme, durations: s.programme.durations.slice(0, 3) },
    rateOverrides: cut(s.rateOverrides),
  };
  return JSON.stringify(small);
});

/** A valid scenario with one value replaced: at a bounded field, or anywhere at the top. */
const mutated = fc
  .tuple(fc.nat({ max: POOL.length - 1 }), fc.oneof(fc.constantFrom(...PATHS), fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat({ max: 3 })), { minLength: 1, maxLength: 3 })), fc.oneof(fc.constantFrom(...EXTREME), fc.double(), fc.jsonValue({ maxDepth: 2 })))
  .map(([seed, path, value]) => {
    const doc = JSON.parse(POOL[seed] ?? '{}') as Record<string | number, unknown>;
    let node: Record<string | number, unknown> = doc;
    for (const key of path.slice(0, -1)) {
      // Own fields only: fast-check's strings include «__proto__», and descending through it would
      // write into Object.prototype and spoil every later run of the process.
      const next = Object.hasOwn(node, key) ? node[key] : undefined;
      if (typeof next !== 'object' || next === null) return doc;
      node = next as Record<string | number, unknown>;
    }
    // As JSON.parse would: an own field, even one named «__proto__».
    Object.defineProperty(node, path[path.length - 1] ?? 'x', { value, enumerable: true, writable: true, configurable: true });
    return doc;
  });

/** Random JSON-ish documents, half of them mutations of valid scenarios. */
const documents = fc.oneof(fc.jsonValue({ maxDepth: 4 }), mutated, mutated);
/** The text a file or link carries: a document as JSON, or now and then text that is not JSON. */
const texts = fc.oneof(documents.map((doc) => JSON.stringify(doc) ?? 'null'), documents.map((doc) => JSON.stringify(doc) ?? 'null'), fc.string({ maxLength: 40 }));

function memoryStorage(items: Map<string, string>): SyncStorage {
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

interface Counts {
  documents: number;
  accepted: number;
  refused: number;
  uncaught: number;
  acceptedInvalid: number;
}

const counts: Record<string, Counts> = {};

/** What a reader did with a document: accepted it or not, and the scenarios it holds afterwards (all must be valid). */
interface Outcome {
  readonly accepted: boolean;
  readonly scenarios: readonly Scenario[];
}

const outcome = (scenario: Scenario | null): Outcome => ({ accepted: scenario !== null, scenarios: scenario === null ? [] : [scenario] });

/** Feeds RUNS texts to `read`, counting what it accepts, refuses, throws on, and accepts though invalid. */
function fuzz(reader: string, arbitrary: fc.Arbitrary<string>, read: (text: string) => Outcome): void {
  const c: Counts = { documents: 0, accepted: 0, refused: 0, uncaught: 0, acceptedInvalid: 0 };
  counts[reader] = c;
  fc.assert(
    fc.property(arbitrary, (text) => {
      c.documents += 1;
      let result: Outcome;
      try {
        result = read(text);
      } catch (error) {
        c.uncaught += 1;
        throw error;
      }
      if (result.accepted) c.accepted += 1;
      else c.refused += 1;
      const invalid = result.scenarios.filter((s) => !stillValid(s)).length;
      c.acceptedInvalid += invalid;
      return invalid === 0;
    }),
    { numRuns: RUNS },
  );
  expect({ uncaught: c.uncaught, acceptedInvalid: c.acceptedInvalid }).toEqual({ uncaught: 0, acceptedInvalid: 0 });
}

afterAll(() => {
  if (RUNS > 1_000) console.log(`fuzz counts (${RUNS} documents per reader):\n${JSON.stringify(counts, null, 2)}`);
});

describe(`fuzzing every reader of a scenario (${RUNS} documents each)`, () => {
  it('given random and mutated scenario files, then the command-line planner never throws and accepts only valid scenarios', () => {
    fuzz('cli', texts, (text) => {
      const read = readPlanScenario('fuzz.json', text);
      return outcome(read.ok ? read.scenario : null);
    });
  }, TIMEOUT);

  it('given random and mutated scenario files, then the import never throws and accepts only valid scenarios', () => {
    const messages = { unknownMunicipality: nb.workspace.file.unknownMunicipality, unknownField: nb.workspace.file.unknownField, named: (found: Parameters<typeof nameIssues>[0], y: number) => nameIssues(found, y, nb, f) };
    fuzz('import', texts, (text) => {
      const read = readScenarioFile(text, () => true, '0000', messages);
      return outcome(read.ok ? read.scenario : null);
    });
  }, TIMEOUT);

  it('given random and mutated links, then reading the link never throws and accepts only valid scenarios', () => {
    const hashes = fc.oneof(texts.map((text) => lzString.compressToEncodedURIComponent(text)), fc.string({ maxLength: 60 }));
    fuzz('share link', hashes, (packed) => {
      const read = readShareLink(`#/delt?s=${packed}`);
      if (!read.ok && read.reason === 'invalid') nameIssues(read.found, read.startYear, nb, f);
      return outcome(read.ok ? read.scenario : null);
    });
  }, TIMEOUT);

  it('given random and mutated stored states, then restoring never throws and keeps only valid scenarios', () => {
    const stored = fc.oneof(
      documents.map((doc) => JSON.stringify({ state: { scenarios: [{ id: 'a', scenario: doc, shelvedYears: [] }], currentId: 'a', ui: { locale: 'nb' } }, version: 2 })),
      documents.map((doc) => JSON.stringify({ state: doc, version: 2 })),
      texts,
    );
    fuzz('stored state', stored, (raw) => {
      const items = new Map([[STORAGE_KEY, raw]]);
      const state = createAppStore({ today: new Date('2026-03-15T12:00:00Z'), storage: memoryStorage(items), tabStorage: memoryStorage(new Map()) }).getState();
      // Accepted: restored without a notice. Every scenario the store holds afterwards must be valid.
      return { accepted: state.storageNotice === null, scenarios: state.scenarios.map((e) => e.scenario) };
    });
  }, TIMEOUT);
});
