import { decisionCeiling, type Projection, type ProjectionRange, type Scenario } from '../engine';
import type { Messages } from '../i18n';
import type { Formatter } from '../lib/format';
import { budgetRows } from './budget-rows';

/** A table of the draft: every cell already written for the reader; the first cell of a row is its label. */
export interface DraftTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly total: boolean }[];
}

type Words = Pick<Formatter, 'formatNumber' | 'formatMillionKroner' | 'formatPercent'>;

const TYPES = ['singleAdults', 'adultsInFamilies', 'children', 'unaccompaniedMinors'] as const;

/** Persons settled by a year's input: the four types (the reunified are not decided on). */
export const personsOf = (year: Scenario['years'][number]): number => TYPES.reduce((sum, type) => sum + year[type], 0);

/** The decision as the council writes it: «45», or «45 (inntil 10 % flere: 49)». */
function decisionCell(year: Scenario['years'][number], t: Messages, f: Words): string {
  const ceiling = decisionCeiling(year);
  if (year.decision === null || ceiling === null) return t.councilDraft.background.none;
  if (year.decisionMarginPercent === 0) return f.formatNumber(year.decision);
  return `${f.formatNumber(year.decision)} (${t.councilDraft.proposal.marginCell(f.formatPercent(year.decisionMarginPercent / 100, 0), f.formatNumber(ceiling))})`;
}

/**
 * Persons per plan year by type, as the plan's year grid holds them, with their sum, IMDi's
 * request (its revision where there is one) and the council's decision with its margin; a last
 * row sums the types over the plan.
 */
export function personsTable(scenario: Scenario, t: Messages, f: Words): DraftTable {
  const d = t.councilDraft.background;
  const count = (n: number | null) => (n === null ? d.none : f.formatNumber(n));
  const rows = scenario.years.map((year, y) => ({
    cells: [
      String(scenario.startYear + y),
      ...TYPES.map((type) => f.formatNumber(year[type])),
      f.formatNumber(personsOf(year)),
      count(year.revisedRequest ?? year.request),
      decisionCell(year, t, f),
    ],
    total: false,
  }));
  const sum = (pick: (year: Scenario['years'][number]) => number) => f.formatNumber(scenario.years.reduce((s, year) => s + pick(year), 0));
  return {
    caption: d.caption,
    head: [d.year, ...TYPES.map((type) => t.fields[type]), d.total, t.fields.request, t.fields.decision],
    rows: [...rows, { cells: [d.total, ...TYPES.map((type) => sum((year) => year[type])), sum(personsOf), '', ''], total: true }],
  };
}

/**
 * The economy plan's totals year by year and summed, in millions of kroner with one decimal, as
 * the budget rows give them (the plan screen's table reads the same rows); an amount resting on
 * an estimated rate is marked «≈». Where the estimated rates move the net, two rows give it with
 * every estimated rate at its low and at its high end.
 */
export function economyTable(projection: Projection, range: ProjectionRange, t: Messages, f: Words): DraftTable {
  const { fromYear, toYear } = projection.budget.economyPlan;
  const years = projection.years.flatMap((year, y) => (year >= fromYear && year <= toYear ? [y] : []));
  const rows = budgetRows(projection, t);
  const plan = projection.budget.economyPlan;
  const mark = (estimated: boolean) => (estimated ? `${t.forecast.estimatedMarker}\u00a0` : '');
  const money = (value: number, estimated: boolean) => `${mark(estimated)}${f.formatMillionKroner(value)}`;
  const totalRow = (key: 'income' | 'cost' | 'net', sum: number, estimated: boolean) => {
    const row = rows.find((r) => r.key === key);
    return {
      cells: [row?.label ?? key, ...years.map((y) => money(row?.values[y] ?? 0, row?.estimated[y] === true)), money(sum, estimated)],
      total: key === 'net',
    };
  };
  const c = t.councilDraft.economy;
  const spread = range.economyPlan.net.low !== range.economyPlan.net.high;
  const rangeRow = (label: string, end: 'low' | 'high') => ({
    cells: [label, ...years.map((y) => f.formatMillionKroner(range.years[y]?.net[end] ?? 0)), f.formatMillionKroner(range.economyPlan.net[end])],
    total: false,
  });
  return {
    caption: c.caption(fromYear, toYear),
    head: [c.line, ...years.map((y) => String(projection.years[y])), c.sum],
    rows: [
      totalRow('income', plan.income, plan.incomeEstimated),
      totalRow('cost', plan.cost, plan.costEstimated),
      totalRow('net', plan.net, plan.estimated),
      ...(spread ? [rangeRow(c.netLow, 'low'), rangeRow(c.netHigh, 'high')] : []),
    ],
  };
}
