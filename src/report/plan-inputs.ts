import type { Projection, Scenario, YearInput } from '../engine';
import type { Messages } from '../i18n';

/**
 * The plan's own inputs year by year, shaped once for every report that shows them (the printed
 * summary's appendix, the council's case paper): persons by type as the scenario editor's year
 * grid names them, IMDi's request and the council's decision, introduction-programme places and
 * dwellings. Labels come in the language of `t`; values are numbers, written by the caller.
 *
 * Usage: `planInputRows(scenario, projection, t)` → groups in the editor's order, each with its
 * heading and rows; every row has one value per plan year (`scenario.startYear` on). The inputs
 * that are not per year are in `plan-housing-costs.ts` (`dwellingOrders`, `housingFacts`,
 * `unitCostRows`). The words around the labels are the strings section `planInputs`, loaded
 * with the screen that shows them (`later(…, ['planInputs', …])` in src/app/screens.tsx).
 */

/** How a row's values are written: a count of persons, places or dwellings, or a whole per cent. */
export type PlanInputUnit = 'count' | 'percent';

export interface PlanInputRow {
  /**
   * What the row holds: a field of the year grid (`years.singleAdults`, `years.request`, …) or a
   * value worked out from the inputs (`persons.total`, `persons.reunified`, `housing.ready`,
   * `housing.released`, `housing.available`).
   */
  readonly key: string;
  readonly label: string;
  /** One a plan year; null where nothing is entered (no request, no decision, no limit on places). */
  readonly values: readonly (number | null)[];
  readonly unit: PlanInputUnit;
  /** `input`: entered in the year grid; `total`: the sum of the rows above it; `derived`: worked out from other inputs. */
  readonly kind: 'input' | 'total' | 'derived';
}

export interface PlanInputGroup {
  readonly key: 'persons' | 'decisions' | 'capacity';
  readonly heading: string;
  readonly rows: readonly PlanInputRow[];
}

const PERSON_TYPES = ['singleAdults', 'adultsInFamilies', 'children', 'unaccompaniedMinors'] as const satisfies readonly (keyof YearInput)[];

/** Dwellings of the pipeline ready in each plan year (an order ready before the start is part of the stock at start: not counted). */
export function dwellingsReadyByYear(scenario: Scenario): number[] {
  const ready = scenario.years.map(() => 0);
  for (const order of scenario.housing.pipeline) {
    const year = Math.floor((order.year * 12 + order.month - 1 + order.leadTimeMonths) / 12) - scenario.startYear;
    if (year >= 0 && year < ready.length) ready[year] = (ready[year] ?? 0) + order.units;
  }
  return ready;
}

/** Dwellings given back in each plan year. */
function releasedByYear(scenario: Scenario): number[] {
  const released = scenario.years.map(() => 0);
  for (const release of scenario.housing.releases) {
    const year = release.year - scenario.startYear;
    if (year >= 0 && year < released.length) released[year] = (released[year] ?? 0) + release.units;
  }
  return released;
}

/**
 * The year grid's inputs and what follows from them, by group: persons by type, their sum, the
 * high-needs persons among them and the family members reunified with them (the engine's expected
 * count, rounded to whole persons); IMDi's request (its revision and the decision's margin where
 * any year has one) and the council's decision; places, dwellings ready (where the plan orders
 * any), given back (where it gives any back) and available at the end of each year (the engine's
 * stock in December).
 */
export function planInputRows(scenario: Scenario, projection: Projection, t: Messages): PlanInputGroup[] {
  const p = t.planInputs;
  const field = (key: keyof YearInput, unit: PlanInputUnit = 'count'): PlanInputRow => ({
    key: `years.${key}`,
    label: t.fields[key],
    values: scenario.years.map((y) => y[key]),
    unit,
    kind: 'input',
  });
  const derived = (key: string, label: string, values: readonly number[]): PlanInputRow => ({ key, label, values, unit: 'count', kind: 'derived' });
  const any = (key: keyof YearInput, test: (value: number | null) => boolean) => scenario.years.some((y) => test(y[key]));
  const total: PlanInputRow = {
    key: 'persons.total',
    label: p.settledTotal,
    values: scenario.years.map((y) => PERSON_TYPES.reduce((sum, key) => sum + y[key], 0)),
    unit: 'count',
    kind: 'total',
  };
  const months = projection.monthly.housing.available;
  const persons = [
    ...PERSON_TYPES.map((key) => field(key)),
    total,
    field('highNeedsTier1'),
    field('highNeedsTier2'),
    derived('persons.reunified', p.reunified, projection.persons.map((y) => Math.round(y.reunified))),
  ];
  const decisions = [
    field('request'),
    ...(any('revisedRequest', (v) => v !== null) ? [field('revisedRequest')] : []),
    field('decision'),
    // A margin says nothing in a year without a decision: none there.
    ...(any('decisionMarginPercent', (v) => v !== null && v > 0)
      ? [{ ...field('decisionMarginPercent', 'percent'), values: scenario.years.map((y) => (y.decision === null ? null : y.decisionMarginPercent)) }]
      : []),
  ];
  const capacity = [
    field('programmePlaces'),
    ...(scenario.housing.pipeline.length > 0 ? [derived('housing.ready', p.dwellingsReady, dwellingsReadyByYear(scenario))] : []),
    ...(scenario.housing.releases.length > 0 ? [derived('housing.released', p.dwellingsReleased, releasedByYear(scenario))] : []),
    derived('housing.available', p.dwellingsAvailable, scenario.years.map((_, y) => Math.round(months[y * 12 + 11] ?? 0))),
  ];
  return [
    { key: 'persons', heading: p.groups.persons, rows: persons },
    { key: 'decisions', heading: p.groups.decisions, rows: decisions },
    { key: 'capacity', heading: p.groups.capacity, rows: capacity },
  ];
}
