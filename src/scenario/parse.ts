import type { Scenario } from '../engine';
import { parseWithIssues, type IssueFound } from '../lib/zod-issues';
import { migrateScenario } from './migrate';
import { scenarioSchema } from './schema';

/** A scenario file larger than this is not one (a fifteen-year scenario is under 10 kB). */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/** The first line of an issue about unknown fields at the top level of a scenario. */
export const UNKNOWN_TOP_LEVEL_ISSUE = '(top level): unknown field';

/**
 * The outcome of reading a scenario: the scenario, or one message per problem (`issues`, English
 * with the field's path) and the problems as data (`found`, for naming the fields as the screen
 * does: field-names.ts).
 */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: string[]; found: readonly IssueFound[] };

/**
 * Validates and repairs a scenario read from a file, storage or a link, filling the defaults
 * of every field left out; a version 1 scenario is migrated first (migrate.ts); never throws. Issues read `years[2].singleAdults: must be a whole
 * number ≥ 0, got -3`.
 */
export function parseScenario(raw: unknown): ParseScenarioResult {
  const result = parseWithIssues(scenarioSchema, migrateScenario(raw));
  return result.ok ? { ok: true, scenario: result.data } : { ok: false, issues: result.issues, found: result.found };
}

/**
 * Splits a scenario file's document into the scenario and its saved versions (the optional
 * top-level `versions`, versions.ts; absent in older files and in share links): the scenario
 * schema itself knows nothing of versions.
 */
export function splitVersions(raw: unknown): { scenario: unknown; versions: unknown } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('versions' in raw)) return { scenario: raw, versions: undefined };
  const { versions, ...scenario } = raw as Record<string, unknown>;
  return { scenario, versions };
}

/** The top-level fields of a scenario file's `raw` that the format does not have (a typing mistake, say). */
export function unknownScenarioFields(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  return Object.keys(raw).filter((key) => key !== 'versions' && !Object.hasOwn(scenarioSchema.def.shape, key));
}

/**
 * Parses a scenario file's JSON text; a syntax error is reported like any other issue. A
 * byte-order mark before the text is skipped, as the browser's file reading does. The file's
 * saved versions, if any, are not part of the scenario (the app reads them with `parseVersions`;
 * the command-line planner plans the scenario as it is now).
 */
export function parseScenarioText(text: string): ParseScenarioResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    const line = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, issues: [line], found: [{ path: [], code: 'json', message: line, input: text }] };
  }
  return parseScenario(splitVersions(raw).scenario);
}

/** The first plan year of a raw document, for naming its years; 0 when it has none. */
export function rawStartYear(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const year = (raw as { startYear?: unknown }).startYear;
  return typeof year === 'number' && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : 0;
}
