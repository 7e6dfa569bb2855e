import type { Scenario } from '../engine';
import type { IssueFound } from '../lib/zod-issues';
import { MAX_SCENARIO_FILE_BYTES, parseScenarioText, rawStartYear, splitVersions, unknownScenarioFields } from './parse';
import { parseVersions, type SavedVersion, type VersionProblem } from './versions';
export { uniqueName } from './names';

/** A scenario file larger than this is not one; the command-line planner has the same cap. */
export const MAX_FILE_BYTES = MAX_SCENARIO_FILE_BYTES;

/** A name as a file name part: lower case, æ ø å spelt out, words joined by hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** `bosettingsplan-kongsberg-2026.json` for a scenario named "Kongsberg 2026". */
export function scenarioFileName(prefix: string, scenario: Pick<Scenario, 'name'>): string {
  const part = slug(scenario.name);
  return `${prefix}${part === '' ? '' : `-${part}`}.json`;
}

/**
 * The scenario in the scenario file format (README "Scenario files"), as the CLI reads it, with
 * its saved versions (if any) under `versions`. Indented for reading; written without indent if
 * that is what keeps it within the file cap (MAX_FILE_BYTES), which the caller checks.
 */
export function scenarioFileText(scenario: Scenario, versions: readonly SavedVersion[] = []): string {
  const document = versions.length === 0 ? scenario : { ...scenario, versions };
  const indented = `${JSON.stringify(document, null, 2)}\n`;
  return indented.length <= MAX_FILE_BYTES ? indented : `${JSON.stringify(document)}\n`;
}

/**
 * The outcome of reading a file: a scenario to add, with the versions it carries (and a line
 * for each version that could not be read and was left out), or one message per problem.
 */
export type ReadFileResult =
  | { ok: true; scenario: Scenario; versions: readonly SavedVersion[]; versionIssues: readonly string[]; versionProblems: readonly VersionProblem[] }
  | { ok: false; issues: string[] };

/** The messages of `readScenarioFile`, in the UI's language. */
export interface ReadFileMessages {
  readonly unknownMunicipality: (code: string) => string;
  /** A top-level field the format does not have, named. */
  readonly unknownField: (field: string) => string;
  /** The problems of the file, one line each, the fields named as the screen names them (field-names.ts). */
  readonly named: (found: readonly IssueFound[], startYear: number) => string[];
}

/**
 * Reads a scenario file: the format's own checks (`parseScenarioText`, one line per field),
 * then the municipality code against the reference data. `noMunicipality` (a scenario saved
 * before a municipality was chosen, as earlier versions of the app exported it) is let through.
 * An unknown top-level field is named in the UI's language.
 */
export function readScenarioFile(
  text: string,
  isKnownMunicipality: (code: string) => boolean,
  noMunicipality: string,
  messages: ReadFileMessages,
): ReadFileResult {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    const raw = rawOf(text);
    const unknown = unknownScenarioFields(raw);
    const rest = unknown.length === 0 ? parsed.found : parsed.found.filter((issue) => !(issue.code === 'unrecognized_keys' && issue.path.length === 0));
    return { ok: false, issues: [...unknown.map(messages.unknownField), ...messages.named(rest, rawStartYear(raw))] };
  }
  const code = parsed.scenario.municipalityCode;
  if (code !== noMunicipality && !isKnownMunicipality(code)) return { ok: false, issues: [messages.unknownMunicipality(code)] };
  // A damaged version does not cost the scenario: it is left out and named.
  const read = parseVersions(splitVersions(rawOf(text)).versions);
  return { ok: true, scenario: parsed.scenario, versions: read.versions, versionIssues: read.issues, versionProblems: read.problems };
}

function rawOf(text: string): unknown {
  try {
    return JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/**
 * A distinct name for an imported scenario: the name itself, or with « (2)», « (3)», … after
 * it when the list has it already (kept within the format's 120 characters).
 */
export function importedName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 120 - suffix.length).trimEnd()}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
