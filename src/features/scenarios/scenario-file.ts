import type { Scenario } from '../../engine';
import { parseScenarioText } from '../../scenario/parse';

/** A scenario file larger than this is not one (a ten-year scenario is about 3 kB). */
export const MAX_FILE_BYTES = 1_000_000;

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

/** The scenario in the scenario file format (README "Scenario files"), as the CLI reads it. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** The outcome of reading a file: a scenario to add, or one message per problem. */
export type ReadFileResult = { ok: true; scenario: Scenario } | { ok: false; issues: string[] };

/**
 * Reads a scenario file: the format's own checks (`parseScenarioText`, one line per field),
 * then the municipality code against the reference data. `noMunicipality` (a scenario saved
 * before a municipality was chosen) is let through, since the app itself writes it.
 */
export function readScenarioFile(
  text: string,
  isKnownMunicipality: (code: string) => boolean,
  noMunicipality: string,
  unknownMunicipality: (code: string) => string,
): ReadFileResult {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed;
  const code = parsed.scenario.municipalityCode;
  if (code !== noMunicipality && !isKnownMunicipality(code)) return { ok: false, issues: [unknownMunicipality(code)] };
  return parsed;
}

/** A name not yet in `taken`: the name itself, or with " 2", " 3", … after it. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.slice(0, 110);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} ${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
