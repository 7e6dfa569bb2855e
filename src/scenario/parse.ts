import type { z } from 'zod';
import type { Scenario } from '../engine/scenario';
import { scenarioSchema } from './schema';

/** The outcome of reading a scenario: the scenario, or one message per problem. */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: string[] };

/** `years[2].singleAdults` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** One line per issue: `years[2].singleAdults: must be a whole number ≥ 0, got -3`. */
export function formatIssues(error: z.ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return `${path || '(top level)'}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    const value = valueAt(raw, issue.path);
    const message = value === undefined ? 'is missing' : `${issue.message}, got ${describe(value)}`;
    return `${path || '(top level)'}: ${message}`;
  });
}

/** Validates and repairs a scenario read from a file, storage or a link; never throws. */
export function parseScenario(raw: unknown): ParseScenarioResult {
  const result = scenarioSchema.safeParse(raw);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, issues: formatIssues(result.error, raw) };
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
