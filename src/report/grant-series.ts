import type { GrantLineId, Kroner, Projection } from '../engine';
import { trendOf, type Trend } from './trend';

/** About eight readable groups of the nineteen grant lines, in the order of the stack. */
export const GRANT_GROUPS = [
  'integrationYear1',
  'integrationLater',
  'elderlyKindergarten',
  'minors',
  'highNeeds',
  'aboveRequest',
  'norwegianTraining',
  'otherIncome',
] as const;

export type GrantGroupId = (typeof GRANT_GROUPS)[number];

/** Which group each grant line is drawn in. */
export const GROUP_OF_LINE = {
  integrationYear1SingleAdult: 'integrationYear1',
  integrationYear1AdultInFamily: 'integrationYear1',
  integrationYear1Child: 'integrationYear1',
  integrationYear1Minor: 'integrationYear1',
  integrationYear2: 'integrationLater',
  integrationYear3: 'integrationLater',
  integrationYear4: 'integrationLater',
  integrationYear5: 'integrationLater',
  elderly: 'elderlyKindergarten',
  kindergarten: 'elderlyKindergarten',
  minorsYoungBand: 'minors',
  minorsOlderBand: 'minors',
  minorsOneOff: 'minors',
  highNeedsTier1: 'highNeeds',
  highNeedsTier2: 'highNeeds',
  aboveRequest: 'aboveRequest',
  unusedDecidedPlace: 'aboveRequest',
  policyBonus: 'aboveRequest',
  norwegianTraining: 'norwegianTraining',
  minorsCareRefund: 'otherIncome',
  blockGrant: 'otherIncome',
} as const satisfies Record<GrantLineId, GrantGroupId>;

/** One bar: the year and kroner per group. */
export type GrantSeriesRow = { readonly year: number } & Readonly<Record<GrantGroupId, Kroner>>;

export interface GrantSeries {
  /** Groups with income in some year, in stack order; empty when there is no income. */
  readonly groups: readonly GrantGroupId[];
  readonly rows: readonly GrantSeriesRow[];
  /** Grant income per year (all groups). */
  readonly totals: readonly Kroner[];
  /** What the yearly totals do at their highest (a peak only if they fall after it); null when all are zero. */
  readonly trend: Trend | null;
  /** Per year: some grant of the year rests on an estimated rate. */
  readonly estimated: readonly boolean[];
}

const zeroGroups = (): Record<GrantGroupId, Kroner> =>
  Object.fromEntries(GRANT_GROUPS.map((g) => [g, 0])) as Record<GrantGroupId, Kroner>;

/**
 * Grant income by group and year, for the stacked bar chart. Sums whole-kroner lines only, so
 * each year's groups add up to the budget's income total, which (with its estimate flag) is
 * taken from the engine's budget rather than summed again.
 */
export function toGrantSeries(projection: Projection): GrantSeries {
  const rows = projection.years.map((year, y) => {
    const values = zeroGroups();
    for (const line of projection.grants) values[GROUP_OF_LINE[line.id]] += line.values[y] ?? 0;
    return { year, ...values };
  });
  const totals = projection.budget.years.map((b) => b.income);
  const groups = GRANT_GROUPS.filter((g) => rows.some((row) => row[g] !== 0));
  const estimated = projection.budget.years.map((b) => b.incomeEstimated);
  return { groups, rows, totals, trend: trendOf(projection.years, totals), estimated };
}
