/**
 * Turns zod issues into lines a planner can act on: `path: message, got X`, with a path like
 * `years[2].singleAdults`. Shared by every file the app reads from outside (docs/architecture.md#data-from-outside):
 * reference data, scenarios, share links.
 */
import { safeParse, type core } from 'zod/mini';

/** Formats an issue path: numbers as `[i]`, identifiers as `.name`, other keys as `["0301"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(top level)' : out;
}

/** A short description of an offending value: literals as written, containers by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

const unit = (origin: string): string => (origin === 'array' ? ' entries' : origin === 'string' ? ' characters' : '');

/**
 * Plain-English messages for zod's issue codes, used where a schema sets no message of its own
 * (a schema's own message wins). Pass as `error` when parsing, as `parseWithIssues` does.
 */
export const plainErrorMap: core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.exact) return `expected exactly ${String(issue.minimum)}${unit(issue.origin)}`;
      return `expected at least ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      if (issue.exact) return `expected exactly ${String(issue.maximum)}${unit(issue.origin)}`;
      return `expected at most ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `expected text matching ${issue.pattern ?? 'the pattern'}` : `expected ${issue.format}`;
    case 'invalid_key':
      return 'invalid key';
    default:
      return undefined;
  }
};

/** Issue codes whose offending value is worth showing after the message. */
const SHOWS_VALUE = new Set(['invalid_type', 'too_small', 'too_big', 'invalid_value', 'invalid_format', 'not_multiple_of', 'custom']);

/** One line per issue: `path: message, got X` (X only where the value helps). */
export function formatIssues(error: { readonly issues: readonly core.$ZodIssue[] }): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(issue.path);
    // A refinement's input defaults to the whole checked object: show it only when it is a value.
    const whole = issue.code === 'custom' && typeof issue.input === 'object' && issue.input !== null;
    const got = SHOWS_VALUE.has(issue.code) && 'input' in issue && !whole ? `, got ${describeValue(issue.input)}` : '';
    const inner =
      issue.code === 'invalid_key' ? `: ${issue.issues.map((i) => i.message).join('; ')}` : '';
    return `${where}: ${issue.message}${inner}${got}`;
  });
}

/** One issue as found: where, zod's code, the English message and the value found there. */
export interface IssueFound {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly input: unknown;
}

/** The issues as data, for a reader that names the fields in the UI's language. */
export function issuesFound(error: { readonly issues: readonly core.$ZodIssue[] }): IssueFound[] {
  return error.issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.message, input: 'input' in issue ? issue.input : undefined }));
}

/** The result of `parseWithIssues`: the data, or the formatted issues (lines and data). Never throws. */
export type ParseOutcome<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: string[]; readonly found: IssueFound[] };

/**
 * Parses `raw` with `schema`, reporting the input of each issue so lines can say what was
 * found, and plain-English messages where the schema sets none.
 */
export function parseWithIssues<T>(schema: core.$ZodType<T>, raw: unknown): ParseOutcome<T> {
  const result = safeParse(schema, raw, { reportInput: true, error: plainErrorMap });
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: formatIssues(result.error), found: issuesFound(result.error) };
}
