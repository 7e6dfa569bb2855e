import { FIRST_MINOR_AGE, MAX_HORIZON_YEARS } from '../engine';
import type { Messages } from '../i18n/nb';
import type { Formatter } from '../lib/format';
import { formatPath, type IssueFound } from '../lib/zod-issues';
import { ruleKeyOf } from '../scenario/rules';
import { boundAt, pathPattern, type FieldBound } from '../scenario/bounds';

/**
 * Names the fields of a scenario's problems as the screen names them ("Enslige voksne, 2028"),
 * so that a refused file, link or stored scenario says which field to fix in the planner's
 * words, and the rule in the field's own terms (bounds.ts).
 */

type Key = PropertyKey;
const at = (path: readonly Key[], i: number): number => {
  const key = path[i];
  return typeof key === 'number' ? key : 0;
};

/** The screen's label of the field at `path`, or null where the screen has none. */
export function fieldLabel(path: readonly Key[], startYear: number, t: Messages, f: Formatter): string | null {
  const m = t.inputs;
  const pattern = pathPattern(path);
  const [first, second] = path;
  const nth = (i: number) => at(path, i) + 1;
  if (first === 'years' && typeof second === 'number') {
    const field = path[2];
    const year = startYear + second;
    if (typeof field === 'string' && Object.hasOwn(t.fields, field)) return `${t.fields[field as keyof typeof t.fields]}, ${year}`;
    return `${t.editor.gridHeading}, ${year}`;
  }
  if (first === 'composition' && typeof second === 'string' && second in m.composition) return m.composition[second as 'adultsAged60Plus'];
  if (first === 'programme' && typeof second === 'string') {
    if (second === 'startLagMonths') return m.programme.startLag;
    if (pattern === 'programme.durations.*.months') return m.programme.monthsOf(nth(2));
    if (pattern === 'programme.durations.*.share') return m.programme.shareOf(nth(2));
    if (second === 'participation' || second === 'under25Share' || second === 'under25WithParentsShare') return m.programme[second];
    if (second === 'durations') return m.programme.durationsCaption;
  }
  if (first === 'housing' && typeof second === 'string') {
    const h = m.housing;
    if (second === 'pipeline' || second === 'releases') {
      const column = path[3];
      if (typeof path[2] !== 'number') return second === 'pipeline' ? h.pipelineCaption : h.releasesCaption;
      const row = h.rowName[second](nth(2));
      const names: Record<string, string> = { year: h.year, month: h.month, units: h.units, leadTimeMonths: h.leadTime, acquired: h.acquired };
      return typeof column === 'string' && column in names ? h.cell(names[column] ?? column, row) : row;
    }
    if (second === 'moveOutByYearOfResidence') return typeof path[2] === 'number' ? h.moveOutYear(nth(2)) : h.moveOut;
    if (second === 'dwellingsAtStart' || second === 'singleAdultsPerDwelling' || second === 'familySize' || second === 'zone') return h[second];
    if (second === 'husbankenGrant') return h.grant;
    if (second === 'delaySettlementWithoutDwelling') return h.delay;
  }
  if (first === 'costs' && typeof second === 'string') {
    if (second === 'socialAssistanceByYearOfResidence') return typeof path[2] === 'number' ? m.costs.socialAssistanceYear(nth(2)) : m.costs.socialAssistance;
    if (second === 'otherServicesByYearOfResidence') return typeof path[2] === 'number' ? m.costs.otherServicesYear(nth(2)) : m.costs.otherServices;
    if (second in m.costs) return m.costs[second as 'administrationPerYear'];
  }
  if (first === 'policy') {
    if (second === 'grantScale' && typeof path[2] === 'string' && path[2] in m.policy.grants) {
      return m.policy.scale(m.policy.grants[path[2] as keyof typeof m.policy.grants]);
    }
    if (second === 'aboveRequestBonusPerPerson') return m.policy.bonus;
    if (second === 'minorsCareRefundShare') return m.policy.minorsCareRefund;
  }
  if (first === 'settledBefore' && (second === 'persons' || second === 'minors')) {
    const s = m.settledBefore;
    // persons[0] is four years before the first plan year (settled-before-inputs.tsx).
    return typeof path[2] === 'number' ? s.field(s[second], startYear - 4 + at(path, 2)) : s[second];
  }
  if (first === 'familyReunification' && typeof second === 'string') {
    if (second === 'lagShares') return typeof path[2] === 'number' ? m.family.lagName(nth(2)) : m.family.lagGroup;
    if (second === 'perSingleAdult' || second === 'childShare' || second === 'humanitarianShare') return m.family[second];
  }
  if (first === 'leaving') return typeof path[2] === 'number' ? m.leaving.year(nth(2)) : m.sections.leaving;
  if (first === 'minors') {
    if (second === 'ageShares') return typeof path[2] === 'number' ? m.minors.ageName(FIRST_MINOR_AGE + at(path, 2)) : m.minors.ageGroup;
    if (second === 'settlementYear') return m.minors.settlementYear;
  }
  if (first === 'monthProfile') return typeof second === 'number' ? `${m.months.weight}, ${f.formatMonthName(second + 1)}` : m.months.caption;
  if (first === 'highNeedsTier2DocumentedCost') return m.highNeeds.documentedCost;
  if (first === 'blockGrant') return m.costs.blockGrant;
  if (first === 'startYear') return t.editor.startYear;
  if (first === 'years') return t.editor.horizon;
  if (first === 'municipalityCode') return t.editor.municipality;
  if (first === 'name') return t.workspace.list.name;
  return null;
}

/** The rule a bound sets, in the UI's language, its numbers written by `f`. */
export function boundRule(bound: FieldBound, t: Messages, f: Formatter): string {
  const l = t.inputs.limit;
  // Years are written without a thousands space (2026, not 2 026).
  const write = (value: number) => (bound.min >= 1000 ? String(value) : f.formatNumber(value));
  const min = write(bound.min);
  const max = write(bound.max);
  switch (bound.kind) {
    case 'count':
      return l.count(min, max);
    case 'kroner':
      return l.kroner(min, max);
    case 'share':
      return l.share(f.formatNumber(bound.max * 100));
    case 'decimal':
      return bound.positive ? l.positive(max) : l.decimal(min, max);
  }
}

/** The value found, as the planner would write it (a share as percent); huge numbers as digits and exponent. */
function shown(value: unknown, bound: FieldBound | undefined, t: Messages, f: Formatter): string {
  const l = t.inputs.limit;
  if (value === undefined) return l.missing;
  if (typeof value === 'number') {
    const typed = bound?.kind === 'share' ? value * 100 : value;
    if (!Number.isFinite(typed) || Math.abs(typed) >= 1e15) return String(value);
    return bound?.kind === 'share' ? `${f.formatDecimalInput(typed, 2)} %` : f.formatDecimalInput(typed, 3);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return l.list(value.length);
  if (value === null || typeof value !== 'object') return String(value);
  return l.object;
}

/** The lines without repeats (a number beyond the safe integers breaks two checks with one message). */
const unique = (lines: readonly string[]): string[] => [...new Set(lines)];

/**
 * One line per problem in the UI's language: "Enslige voksne, 2028: må være et helt tall fra 0
 * til 10 000 (fant 2 000 000)." A problem of a field without a bound keeps the format's own
 * (English) words after the label; one without a label keeps its path.
 */
export function nameIssues(found: readonly IssueFound[], startYear: number, t: Messages, f: Formatter): string[] {
  return unique(found.map((issue) => {
    const label = issue.path.length === 0 ? null : fieldLabel(issue.path, startYear, t, f);
    const bound = boundAt(issue.path);
    const where = label ?? formatPath(issue.path);
    const l = t.inputs.limit;
    if (bound && issue.code !== 'unrecognized_keys') return l.issue(where, boundRule(bound, t, f), shown(issue.input, bound, t, f));
    if (issue.code === 'unrecognized_keys') {
      const unknown = l.unknown(issue.message.replace(/^unknown fields? /, ''));
      return issue.path.length === 0 ? unknown : l.other(where, unknown);
    }
    if (issue.path.length === 1 && issue.path[0] === 'years') return l.issue(where, l.years(MAX_HORIZON_YEARS), shown(issue.input, undefined, t, f));
    // The format's other rules in the UI's language; a text no rule gave (a reader's own) as it is.
    const key = ruleKeyOf(issue.message);
    const problem = key === null ? issue.message : l.rules[key];
    // A problem of the whole document (not JSON, not an object) has no field to name.
    return issue.path.length === 0 ? problem : l.other(where, problem);
  }));
}

/**
 * The command-line planner's lines: the path, the screen's label in bokmål, and the rule in
 * English, e.g. `years[2].singleAdults (Enslige voksne, 2028): must be a whole number from 0 to
 * 10000, got 2000000`.
 */
export function cliIssues(found: readonly IssueFound[], startYear: number, t: Messages, f: Formatter, lines: readonly string[]): string[] {
  return unique(found.map((issue, i) => {
    const line = lines[i] ?? issue.message;
    const label = issue.path.length === 0 ? null : fieldLabel(issue.path, startYear, t, f);
    if (label === null) return line;
    const where = formatPath(issue.path);
    return line.startsWith(`${where}:`) ? `${where} (${label})${line.slice(where.length)}` : line;
  }));
}
