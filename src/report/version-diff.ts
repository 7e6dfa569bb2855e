import { EMPTY_YEAR, type RateOverride, type RatePath, type Scenario, type YearInput } from '../engine';
import type { Messages } from '../i18n/nb';
import type { Formatter } from '../lib/format';
import { formatPath } from '../lib/zod-issues';
import { boundAt } from '../scenario/bounds';
import { fieldLabel } from './field-names';

/**
 * What changed between two states of a scenario's inputs (README "Saved versions"): one row per
 * input whose value differs, plan years matched by calendar year, so that a moved first plan
 * year compares 2027 with 2027. The name is not an input; the horizon and the first plan year
 * are rows of their own.
 */

/** A value as stored; undefined: the field is not in that state (a year beyond its horizon, a row not there). */
export type InputValue = number | string | boolean | null | undefined;

export interface InputChange {
  /** The field's path in the scenario format (`['years', 1, 'children']`; for a year, its index in the later state where it is there). */
  readonly path: readonly (string | number)[];
  /** The calendar year of a plan-year field, null for the others. */
  readonly year: number | null;
  readonly before: InputValue;
  readonly after: InputValue;
}

const YEAR_FIELDS = Object.keys(EMPTY_YEAR) as (keyof YearInput)[];
/** Not inputs, or compared on their own. */
const SKIPPED = new Set(['formatVersion', 'name', 'years', 'startYear', 'rateOverrides']);

type Leaf = { path: (string | number)[]; value: InputValue };

function leaves(value: unknown, path: (string | number)[], out: Map<string, Leaf>): void {
  if (Array.isArray(value)) value.forEach((item, i) => leaves(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) if (!(path.length === 0 && SKIPPED.has(key))) leaves(item, [...path, key], out);
  } else out.set(formatPath(path), { path, value: value as InputValue });
}

function yearChanges(before: Scenario, after: Scenario): InputChange[] {
  const first = Math.min(before.startYear, after.startYear);
  const last = Math.max(before.startYear + before.years.length, after.startYear + after.years.length) - 1;
  const changes: InputChange[] = [];
  for (let year = first; year <= last; year += 1) {
    const was = before.years[year - before.startYear];
    const now = after.years[year - after.startYear];
    const index = now === undefined ? year - before.startYear : year - after.startYear;
    for (const field of YEAR_FIELDS) {
      const b = was?.[field];
      const a = now?.[field];
      // A year added or dropped shows only the fields it held something in (the horizon row says the rest).
      const empty = (b === undefined && a === EMPTY_YEAR[field]) || (a === undefined && b === EMPTY_YEAR[field]);
      if (b !== a && !empty) changes.push({ path: ['years', index, field], year, before: b, after: a });
    }
  }
  return changes;
}

/**
 * The planner's own rates, matched by rate and year (not by their place in the list): a value
 * or a source changed, an own rate added or taken away. Path `['rateOverrides', rate, field]`.
 */
function overrideChanges(before: Scenario, after: Scenario): InputChange[] {
  const key = (o: RateOverride) => `${o.rate}@${o.year}`;
  const was = new Map(before.rateOverrides.map((o) => [key(o), o]));
  const now = new Map(after.rateOverrides.map((o) => [key(o), o]));
  const changes: InputChange[] = [];
  for (const k of [...now.keys(), ...[...was.keys()].filter((k) => !now.has(k))]) {
    const b = was.get(k);
    const a = now.get(k);
    const o = (a ?? b) as RateOverride;
    if (b?.value !== a?.value) changes.push({ path: ['rateOverrides', o.rate, 'value'], year: o.year, before: b?.value, after: a?.value });
    if (b !== undefined && a !== undefined && b.source !== a.source) changes.push({ path: ['rateOverrides', o.rate, 'source'], year: o.year, before: b.source, after: a.source });
  }
  return changes;
}

/** Every input that differs from `before` to `after`: first plan year, horizon, plan years, then the rest in the format's order, then own rates. */
export function diffInputs(before: Scenario, after: Scenario): InputChange[] {
  const changes: InputChange[] = [];
  if (before.startYear !== after.startYear) changes.push({ path: ['startYear'], year: null, before: before.startYear, after: after.startYear });
  if (before.years.length !== after.years.length) changes.push({ path: ['years'], year: null, before: before.years.length, after: after.years.length });
  changes.push(...yearChanges(before, after));
  const was = new Map<string, Leaf>();
  const now = new Map<string, Leaf>();
  leaves(before, [], was);
  leaves(after, [], now);
  const keys = [...now.keys(), ...[...was.keys()].filter((k) => !now.has(k))];
  for (const key of keys) {
    const b = was.get(key);
    const a = now.get(key);
    if (b?.value !== a?.value) changes.push({ path: (a ?? b)?.path ?? [], year: null, before: b?.value, after: a?.value });
  }
  changes.push(...overrideChanges(before, after));
  return changes;
}

/** A row of the table of changes, in the UI's language. */
export interface InputChangeRow {
  readonly key: string;
  readonly label: string;
  /** The calendar year, or empty. */
  readonly year: string;
  readonly before: string;
  readonly after: string;
}

/** The words for values that are no number: no value, yes and no. */
export interface ValueWords {
  readonly none: string;
  readonly yes: string;
  readonly no: string;
  /** The row of an own rate, named by the rate as the rates screen names it; its source's row. */
  readonly ownRate: (rate: string) => string;
  readonly ownRateSource: (rate: string) => string;
}

function written(value: InputValue, path: readonly (string | number)[], words: ValueWords, f: Formatter): string {
  if (value === undefined || value === null) return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return value;
  if (path[0] === 'rateOverrides') return f.formatKroner(value);
  if (path[0] === 'startYear' || path[path.length - 1] === 'year') return String(value);
  const bound = boundAt(path);
  if (bound?.kind === 'share') return f.formatPercent(value, 2);
  if (bound?.kind === 'kroner') return f.formatKroner(value);
  return bound?.kind === 'decimal' ? f.formatDecimalInput(value, 3) : f.formatNumber(value);
}

/** The changes as the table shows them: each field named as the screen names it (field-names.ts). */
export function changeRows(changes: readonly InputChange[], startYear: number, words: ValueWords, t: Messages, f: Formatter): InputChangeRow[] {
  return changes.map((change) => {
    const { path } = change;
    const field = path[2];
    const rate = path[0] === 'rateOverrides' ? String(path[1]) : null;
    const rateName = rate === null ? '' : (t.rates.labels[rate as RatePath] ?? rate);
    const label =
      rate !== null
        ? (path[2] === 'source' ? words.ownRateSource : words.ownRate)(rateName)
        : path[0] === 'years' && typeof field === 'string' && Object.hasOwn(t.fields, field)
        ? t.fields[field as keyof YearInput]
        : (fieldLabel(path, startYear, t, f) ?? formatPath(path));
    return {
      key: `${formatPath(path)}@${change.year ?? ''}`,
      label,
      year: change.year === null ? '' : String(change.year),
      before: written(change.before, path, words, f),
      after: written(change.after, path, words, f),
    };
  });
}
