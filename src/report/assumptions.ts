import {
  ASSUMPTIONS,
  defaultScenario,
  figureAt,
  effectiveRates,
  FIRST_MINOR_AGE,
  minorAgeShares,
  RATE_PATHS,
  type RatePath,
  type ReferenceData,
  type ScalableGrant,
  type Scenario,
  type Source,
} from '../engine';
import type { Messages } from '../i18n';
import type { Formatter } from '../lib/format';
import { normalise } from '../lib/shares';

/**
 * What a printed or exported budget must list beside its numbers
 * (docs/model.md#defaults-that-are-assumptions: every default is an assumption; the printed summary
 * lists estimated rates and every override). Shared by the print view and the spreadsheet export,
 * so they list the same things, each with the label the scenario editor gives the input and its
 * value written for the reader's language; the machine key (the path in the scenario file) and
 * value go along for spreadsheets.
 */

type Section = keyof Messages['inputs']['sections'];

export interface AssumptionRow {
  /** The path in the scenario (file), e.g. "programme.startLagMonths". */
  readonly key: string;
  /** The editor's section the input is in, e.g. "Introduksjonsprogram". */
  readonly section: string;
  /** The input's label without its unit, e.g. "Oppstart etter bosetting". */
  readonly label: string;
  /** The value for a reader, e.g. "2 mnd.", "3 %", "6 mnd. 10 %, 12 mnd. 20 %". */
  readonly value: string;
  /** The value as the scenario file holds it: a number, or JSON-like text. */
  readonly raw: string | number;
  /** Still the default (an assumption to replace with local figures). */
  readonly isDefault: boolean;
  /** Where the default comes from (ASSUMPTIONS, in bokmål). */
  readonly source: string;
}

/** An input label without its unit in brackets: "Barn 0–5 år (%)" → "Barn 0–5 år"; the value carries the unit. */
export const withoutUnit = (label: string): string => label.replace(/\s*\([^()]{1,8}\)$/u, '');


interface Item {
  readonly key: string;
  readonly section: Section;
  readonly pick: (s: Scenario) => unknown;
  /** What is compared with the default (weights: their shares, so 1/1/1 equals ⅓/⅓/⅓). */
  readonly compare: (s: Scenario) => unknown;
  readonly label: (t: Messages) => string;
  readonly show: (s: Scenario, t: Messages, f: Formatter) => string;
}

function item<T>(
  key: string,
  section: Section,
  pick: (s: Scenario) => T,
  label: (t: Messages) => string,
  show: (value: T, t: Messages, f: Formatter) => string,
  compare: (value: T) => unknown = (value) => value,
): Item {
  return { key, section, pick, compare: (s) => compare(pick(s)), label, show: (s, t, f) => show(pick(s), t, f) };
}

const share = (value: number, _t: Messages, f: Formatter) => f.formatPercent(value);
const list = (parts: readonly string[]) => parts.join(', ');
/** Weights as the shares the engine uses, each after its name: "15 år 33,3 %". */
const shares = (weights: readonly number[], names: (i: number) => string, t: Messages, f: Formatter) =>
  list(normalise(weights).map((w, i) => t.budgetSummary.namedShare(names(i), f.formatPercent(w))));
const months = (value: number, t: Messages, f: Formatter) => t.budgetSummary.months(f.formatDecimalInput(value, 1), value);

/** The inputs behind the default assumptions (docs/model.md#defaults-that-are-assumptions), in the editor's order, each as the editor labels it. */
const ITEMS: readonly Item[] = [
  item('composition.adultsAged60Plus', 'composition', (s) => s.composition.adultsAged60Plus, (t) => t.inputs.composition.adultsAged60Plus, share),
  item('composition.adultsAged18to55', 'composition', (s) => s.composition.adultsAged18to55, (t) => t.inputs.composition.adultsAged18to55, share),
  item('composition.childrenAged0to5', 'composition', (s) => s.composition.childrenAged0to5, (t) => t.inputs.composition.childrenAged0to5, share),
  item(
    'composition.norwegianTrainingHighRate',
    'composition',
    (s) => s.composition.norwegianTrainingHighRate,
    (t) => t.inputs.composition.norwegianTrainingHighRate,
    share,
  ),
  item(
    'composition.adultsCollectiveProtection',
    'composition',
    (s) => s.composition.adultsCollectiveProtection,
    (t) => t.inputs.composition.adultsCollectiveProtection,
    share,
  ),
  item(
    'minors.ageShares',
    'minors',
    (s) => s.minors.ageShares,
    (t) => t.inputs.minors.ageGroup,
    (v, t, f) =>
      list(
        minorAgeShares(v).flatMap((w, i) => (w > 0 ? [t.budgetSummary.namedShare(t.inputs.minors.ageName(FIRST_MINOR_AGE + i), f.formatPercent(w))] : [])),
      ),
    (v) => normalise(minorAgeShares(v)),
  ),
  item(
    'minors.settlementYear',
    'minors',
    (s) => s.minors.settlementYear,
    (t) => t.inputs.minors.settlementYear,
    (v, t) => (v === 'months' ? t.inputs.minors.months : t.inputs.minors.fullYear),
  ),
  item(
    'familyReunification.perSingleAdult',
    'family',
    (s) => s.familyReunification.perSingleAdult,
    (t) => t.inputs.family.perSingleAdult,
    (v, _t, f) => f.formatDecimalInput(v, 2),
  ),
  item(
    'familyReunification.lagShares',
    'family',
    (s) => s.familyReunification.lagShares,
    (t) => t.inputs.family.lagGroup,
    (v, t, f) => shares(v, (i) => t.inputs.family.lagName(i + 1), t, f),
    normalise,
  ),
  item('familyReunification.childShare', 'family', (s) => s.familyReunification.childShare, (t) => t.inputs.family.childShare, share),
  item(
    'familyReunification.humanitarianShare',
    'family',
    (s) => s.familyReunification.humanitarianShare,
    (t) => t.inputs.family.humanitarianShare,
    share,
  ),
  item(
    'monthProfile',
    'months',
    (s) => s.monthProfile,
    (t) => t.budgetSummary.monthShares,
    (v, t, f) => {
      const even = normalise(v);
      return even.every((w) => w === even[0])
        ? t.budgetSummary.evenSpread(f.formatPercent(even[0] ?? 0))
        : shares(v, (i) => f.formatMonthName(i + 1, 'short'), t, f);
    },
    normalise,
  ),
  item('programme.participation', 'programme', (s) => s.programme.participation, (t) => t.inputs.programme.participation, share),
  item('programme.startLagMonths', 'programme', (s) => s.programme.startLagMonths, (t) => t.inputs.programme.startLag, months),
  item(
    'programme.durations',
    'programme',
    (s) => s.programme.durations,
    (t) => t.inputs.programme.durationsCaption,
    (v, t, f) => list(v.map((d) => t.budgetSummary.duration(months(d.months, t, f), f.formatPercent(d.share)))),
  ),
  item('programme.under25Share', 'programme', (s) => s.programme.under25Share, (t) => t.inputs.programme.under25Share, share),
  item(
    'programme.under25WithParentsShare',
    'programme',
    (s) => s.programme.under25WithParentsShare,
    (t) => t.inputs.programme.under25WithParentsShare,
    share,
  ),
  item('housing.familySize', 'housing', (s) => s.housing.familySize, (t) => t.inputs.housing.familySize, (v, _t, f) => f.formatDecimalInput(v, 2)),
  item(
    'housing.moveOutByYearOfResidence',
    'housing',
    (s) => s.housing.moveOutByYearOfResidence,
    (t) => t.budgetSummary.byYearOfResidence(t.inputs.housing.moveOut, 5),
    (v, _t, f) => list(v.map((x) => f.formatPercent(x))),
  ),
];

function valueAt(scenario: Scenario, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), scenario);
}

/** The value as the scenario file holds it: numbers as numbers, the rest as JSON without quotes. */
const machine = (value: unknown): string | number =>
  typeof value === 'number' ? value : value === undefined ? '' : JSON.stringify(value).replace(/"/g, '').replace(/,/g, ', ');

const covers = (key: string, path: string) => path === key || path.startsWith(`${key}.`);

/** The ASSUMPTIONS entry a scenario path belongs to (the most specific one). */
const sourceOf = (path: string) =>
  ASSUMPTIONS.filter((a) => covers(a.key, path)).sort((a, b) => b.key.length - a.key.length)[0];

/**
 * Each default assumption that the scenario holds, one row per input (the programme as
 * participation, start, durations, …), with the editor's label, the value written for the
 * language of `t` and `f`, and whether it is still the default.
 */
export function assumptionRows(scenario: Scenario, t: Messages, f: Formatter): AssumptionRow[] {
  const defaults = defaultScenario(scenario.municipalityCode, scenario.startYear, scenario.years.length);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const rows: AssumptionRow[] = ITEMS.flatMap((i) => {
    const source = sourceOf(i.key);
    return source === undefined
      ? []
      : [
          {
            key: i.key,
            section: t.inputs.sections[i.section],
            label: withoutUnit(i.label(t)),
            value: i.show(scenario, t, f),
            raw: machine(i.pick(scenario)),
            isDefault: same(i.compare(scenario), i.compare(defaults)),
            source: t.inputs.assumptionSources[source.key] ?? source.source,
          },
        ];
  });
  // An assumption no item describes yet (a new one in ASSUMPTIONS) is still listed, by its key.
  const missing = ASSUMPTIONS.filter((a) => valueAt(scenario, a.key) !== undefined && !ITEMS.some((i) => covers(a.key, i.key)));
  return [
    ...rows,
    ...missing.map((a) => ({
      key: a.key,
      section: '',
      label: a.key,
      value: String(machine(valueAt(scenario, a.key))),
      raw: machine(valueAt(scenario, a.key)),
      isDefault: same(valueAt(scenario, a.key), valueAt(defaults, a.key)),
      source: a.source,
    })),
  ];
}

export interface EstimatedRate {
  readonly rate: RatePath;
  readonly years: readonly number[];
  /** The rule the first of those years was estimated by (for a reader: `describeSource`). */
  readonly source: Source;
}

/** Rates of the plan years that are estimated, one row per rate with the years it is estimated in. */
export function estimatedRates(scenario: Scenario, reference: ReferenceData): EstimatedRate[] {
  const { book } = effectiveRates(scenario, reference);
  const years = scenario.years.map((_, y) => scenario.startYear + y);
  const overridden = new Set(scenario.rateOverrides.map((o) => `${o.year}:${o.rate}`));
  return RATE_PATHS.flatMap((rate) => {
    const estimated = years.filter((year) => !overridden.has(`${year}:${rate}`) && figureAt(book.table(year), rate).status === 'estimated');
    const first = estimated[0];
    return first === undefined ? [] : [{ rate, years: estimated, source: figureAt(book.table(first), rate).source }];
  });
}

export interface EstimateGroup {
  /** The rule (for a reader: `describeSource`). */
  readonly source: Source;
  readonly years: readonly number[];
  readonly rates: readonly RatePath[];
}

/**
 * Estimated rates that share a rule and the same years, in the order of their first rate: the
 * printed list reads "2024 rate indexed by G, 2026–2035: AR-1 EV, AR-1, …" instead of a row a rate.
 */
export function groupEstimates(estimated: readonly EstimatedRate[]): EstimateGroup[] {
  const groups = new Map<string, { source: Source; years: readonly number[]; rates: RatePath[] }>();
  for (const e of estimated) {
    const key = `${JSON.stringify(e.source)}\u0000${e.years.join(',')}`;
    const group = groups.get(key);
    if (group) group.rates.push(e.rate);
    else groups.set(key, { source: e.source, years: e.years, rates: [e.rate] });
  }
  return [...groups.values()];
}

/** Years as short ranges: 2026 2027 2028 2030 → "2026–2028, 2030". */
export function yearRanges(years: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const year of years) {
    const last = ranges[ranges.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

export interface PolicyChange {
  /** The path in the scenario, e.g. "grantScale.highNeeds". */
  readonly what: string;
  /** The grant scaled, or null for the bonus per person above the request and the care refund. */
  readonly grant: ScalableGrant | null;
  /** The factor (1.5 = +50 %), kroner for the bonus, the share refunded (0–1). */
  readonly value: number;
}

/** Policy what-ifs that differ from the official tables. */
export function policyChanges(scenario: Scenario): PolicyChange[] {
  const scaled = (Object.entries(scenario.policy.grantScale) as [ScalableGrant, number][])
    .filter(([, factor]) => factor !== 1)
    .map(([grant, factor]) => ({ what: `grantScale.${grant}`, grant, value: factor }));
  const bonus = scenario.policy.aboveRequestBonusPerPerson;
  const refund = scenario.policy.minorsCareRefundShare;
  return [
    ...scaled,
    ...(bonus > 0 ? [{ what: 'aboveRequestBonusPerPerson', grant: null, value: bonus }] : []),
    ...(refund > 0 ? [{ what: 'minorsCareRefundShare', grant: null, value: refund }] : []),
  ];
}

/** A what-if as a reader sees it: "Ekstratilskudd for høye behov", "150 %"; the bonus in kroner. */
export function policyChangeText(change: PolicyChange, t: Messages, f: Formatter): { readonly label: string; readonly value: string } {
  if (change.what === 'minorsCareRefundShare') return { label: withoutUnit(t.inputs.policy.minorsCareRefund), value: f.formatPercent(change.value) };
  return change.grant === null
    ? { label: withoutUnit(t.inputs.policy.bonus), value: f.formatKroner(change.value) }
    : { label: t.inputs.policy.grants[change.grant], value: f.formatPercent(change.value) };
}
