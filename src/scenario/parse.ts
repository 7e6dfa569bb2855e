import type { Scenario } from '../engine/scenario';
import { parseWithIssues } from '../lib/zod-issues';
import { migrateScenario } from './migrate';
import { scenarioSchema } from './schema';

/** The outcome of reading a scenario: the scenario, or one message per problem. */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: string[] };

/**
 * Validates and repairs a scenario read from a file, storage or a link, filling the defaults
 * of every field left out; a version 1 scenario is migrated first (migrate.ts); never throws. Issues read `years[2].singleAdults: must be a whole
 * number ≥ 0, got -3`.
 */
export function parseScenario(raw: unknown): ParseScenarioResult {
  const result = parseWithIssues(scenarioSchema, migrateScenario(raw));
  return result.ok ? { ok: true, scenario: result.data } : { ok: false, issues: result.issues };
}

/** Parses scenario JSON text; a syntax error is reported like any other issue. */
export function parseScenarioText(text: string): ParseScenarioResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return parseScenario(raw);
}
