import * as z from 'zod/mini';
import type { Scenario } from '../engine';
import { parseWithIssues, type IssueFound } from '../lib/zod-issues';
import { VERSION_LIMITS } from './bounds';
import { parseScenario, rawStartYear } from './parse';
import { RULES, VERSION_KINDS } from './rules';

/**
 * Saved versions of a scenario (README "Saved versions"): the scenario's inputs as they were at
 * a moment, with a note. They travel with the scenario in the browser's storage and in its file
 * (the optional top-level `versions` of a scenario file), never in a share link.
 */

export { VERSION_KINDS };
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface SavedVersion {
  /** Unique within its scenario: `v` and the time saved in base 36, plus a number if taken. */
  readonly id: string;
  /** When it was saved, ISO 8601 in UTC ("2026-12-03T11:45:00.000Z"). */
  readonly savedAt: string;
  /** The planner's note; for an automatic version, the file's name or empty. */
  readonly note: string;
  readonly kind: VersionKind;
  readonly scenario: Scenario;
}

const VERSION_ID = /^[\w-]{1,40}$/;
const isIsoTime = (text: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(text) && Number.isFinite(Date.parse(text));

const envelope = z.strictObject({
  id: z.string({ error: RULES.text }).check(z.regex(VERSION_ID, { error: RULES.versionId })),
  savedAt: z.string({ error: RULES.text }).check(z.refine(isIsoTime, { error: RULES.savedAt })),
  note: z._default(z.string({ error: RULES.text }).check(z.maxLength(VERSION_LIMITS.note, { error: RULES.shortText })), ''),
  kind: z._default(z.enum(VERSION_KINDS, { error: RULES.versionKind }), 'manual'),
  scenario: z.optional(z.unknown()),
}, { error: (issue) => (issue.code === 'invalid_type' ? RULES.versionObject : undefined) });

/**
 * The problems of one stored version (`position`, from 1 in the list as stored), or of the list
 * itself (`position` null), as data: paths from the version (`note`, `scenario.years.0…`), so
 * that a screen names each field in its own words (report/field-names.ts `versionIssueLines`).
 * `startYear` is the first plan year of the version's scenario as stored, for naming year fields.
 */
export interface VersionProblem {
  readonly position: number | null;
  readonly startYear: number;
  readonly found: readonly IssueFound[];
}

/**
 * The versions read, oldest first, and the ones that could not be (dropped, never throwing):
 * a line each in English (the command-line planner's words) and as data.
 */
export interface ReadVersions {
  readonly versions: SavedVersion[];
  readonly issues: string[];
  readonly problems: VersionProblem[];
}

const rule = (message: string, input: unknown, path: readonly PropertyKey[] = []): IssueFound => ({ path, code: 'custom', message, input });

/**
 * Reads the versions of a scenario from storage or a file: each passes its own schema and its
 * scenario `parseScenario` (so an older format is migrated); a damaged one, a repeated id or one
 * beyond the bound is dropped with a line naming it, and the rest, and the scenario, are kept.
 */
export function parseVersions(raw: unknown, path = 'versions'): ReadVersions {
  if (raw === undefined) return { versions: [], issues: [], problems: [] };
  if (!Array.isArray(raw)) {
    return { versions: [], issues: [`${path}: ${RULES.versionList}`], problems: [{ position: null, startYear: 0, found: [rule(RULES.versionList, raw)] }] };
  }
  const versions: SavedVersion[] = [];
  const issues: string[] = [];
  const problems: VersionProblem[] = [];
  const refuse = (i: number, lines: readonly string[], found: readonly IssueFound[], startYear = 0) => {
    issues.push(...lines.map((line) => `${path}[${i}].${line}`));
    problems.push({ position: i + 1, startYear, found });
  };
  raw.forEach((item: unknown, i) => {
    const read = parseWithIssues(envelope, item);
    if (!read.ok) return refuse(i, read.issues, read.found);
    if (read.data.scenario === undefined) return refuse(i, [`scenario: ${RULES.versionScenario}`], [rule(RULES.versionScenario, undefined, ['scenario'])]);
    const scenario = parseScenario(read.data.scenario);
    if (!scenario.ok) {
      const found = scenario.found.map((issue) => ({ ...issue, path: ['scenario', ...issue.path] }));
      return refuse(i, scenario.issues.map((line) => `scenario.${line}`), found, rawStartYear(read.data.scenario));
    }
    if (versions.some((v) => v.id === read.data.id)) return refuse(i, [`id: ${read.data.id} ${RULES.versionRepeated}`], [rule(RULES.versionRepeated, read.data.id, ['id'])]);
    versions.push({ ...read.data, scenario: scenario.scenario });
  });
  const sorted = [...versions].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const manual = sorted.filter((v) => v.kind === 'manual');
  const over = manual.slice(VERSION_LIMITS.manual);
  if (over.length > 0) {
    issues.push(`${path}: more than ${VERSION_LIMITS.manual} saved versions; the ${over.length} newest were left out`);
    problems.push({ position: null, startYear: 0, found: [rule(RULES.versionCount, manual.length)] });
  }
  return { versions: boundVersions(sorted.filter((v) => !over.includes(v))), issues, problems };
}

/**
 * The versions kept (VERSION_LIMITS): every manual one, and the newest `automatic` automatic
 * ones, oldest first. A manual save beyond its bound is refused before it gets here.
 */
export function boundVersions(versions: readonly SavedVersion[]): SavedVersion[] {
  const automatic = versions.filter((v) => v.kind !== 'manual');
  const dropped = new Set(automatic.slice(0, Math.max(0, automatic.length - VERSION_LIMITS.automatic)));
  return versions.filter((v) => !dropped.has(v));
}

/** A new version's id, from the time saved, not used by `taken`. */
export function newVersionId(savedAt: Date, taken: readonly { readonly id: string }[]): string {
  const base = `v${savedAt.getTime().toString(36)}`;
  const ids = new Set(taken.map((v) => v.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n += 1) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A scenario's inputs as text, the name aside (a version keeps the name it was saved under):
 * two scenarios have the same inputs when these are equal. Scenarios are never changed in place,
 * so each one's text is written once and kept with it.
 */
const inputTexts = new WeakMap<Scenario, string>();
function inputsText(scenario: Scenario): string {
  let text = inputTexts.get(scenario);
  if (text === undefined) {
    text = JSON.stringify({ ...scenario, name: '' });
    inputTexts.set(scenario, text);
  }
  return text;
}

/** Which version a view of the scenario shows: a version's inputs, changed after the newest version, or none saved. */
export type ShownVersion =
  | { readonly kind: 'version'; readonly version: SavedVersion }
  | { readonly kind: 'changed'; readonly version: SavedVersion }
  | { readonly kind: 'unsaved' };

export function shownVersion(scenario: Scenario, versions: readonly SavedVersion[]): ShownVersion {
  const same = versionMatching(scenario, versions);
  if (same !== undefined) return { kind: 'version', version: same };
  const newest = versions[versions.length - 1];
  return newest === undefined ? { kind: 'unsaved' } : { kind: 'changed', version: newest };
}

/** The version whose inputs are the scenario's now, the newest such; undefined if none. */
export function versionMatching(scenario: Scenario, versions: readonly SavedVersion[]): SavedVersion | undefined {
  const text = inputsText(scenario);
  return versions.findLast((v) => inputsText(v.scenario) === text);
}
