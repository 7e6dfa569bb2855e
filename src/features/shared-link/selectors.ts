import type { Municipality, Projection, Scenario, YearInput } from '../../engine';
import type { Messages } from '../../i18n';
import { budgetRows, groupBudgetRows, type BudgetGroups } from '../../report/budget-rows';
import { readShareLink, type ReadShareResult } from '../../scenario/share-link';
import type { IssueFound } from '../../lib/zod-issues';
import { NO_MUNICIPALITY, projectionOf, selectMunicipalities, type AppState } from '../../store';

let lastRead: { readonly hash: string; readonly result: ReadShareResult } | null = null;

/** The scenario in a link's hash, read once per hash, so that the same link gives the very same scenario object. */
export function readSharedHash(hash: string): ReadShareResult {
  if (lastRead?.hash !== hash) lastRead = { hash, result: readShareLink(hash) };
  return lastRead.result;
}

/** A shared scenario ready to show, or why it cannot be shown. */
export type SharedView =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly projection: Projection;
      /** Null for a scenario saved before a municipality was chosen. */
      readonly municipality: Municipality | null;
    }
  | { readonly ok: false; readonly reason: 'missing' | 'damaged' }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly issues: readonly string[];
      readonly found: readonly IssueFound[];
      readonly startYear: number;
    }
  | { readonly ok: false; readonly reason: 'unknown-municipality'; readonly code: string };

let lastView: { readonly hash: string; readonly reference: AppState['reference']; readonly view: SharedView | null } | null = null;

/**
 * The scenario of the link in `hash`, projected by the engine, or why it cannot be shown; null
 * until the reference data is loaded. A municipality code not in the reference data is refused
 * as an imported file's would be. Reads nothing of the planner's own scenarios and changes nothing.
 */
export function selectSharedView(state: AppState, hash: string): SharedView | null {
  const { reference } = state;
  if (lastView && lastView.hash === hash && lastView.reference === reference) return lastView.view;
  let view: SharedView | null = null;
  if (reference.status === 'ready') {
    const read = readSharedHash(hash);
    if (!read.ok) {
      view = read;
    } else {
      const code = read.scenario.municipalityCode;
      const municipality = selectMunicipalities(state).find((m) => m.code === code) ?? null;
      view =
        municipality === null && code !== NO_MUNICIPALITY
          ? { ok: false, reason: 'unknown-municipality', code }
          : { ok: true, scenario: read.scenario, projection: projectionOf(read.scenario, reference.bundle.reference), municipality };
    }
  }
  lastView = { hash, reference, view };
  return view;
}

/** The person fields of a plan year, in the order of the plan screen's grid. */
export const PERSON_FIELDS = ['singleAdults', 'adultsInFamilies', 'children', 'unaccompaniedMinors'] as const satisfies readonly (keyof YearInput)[];

/** Persons to settle per plan year, as entered, with the year's total of the four types. */
export interface PersonsTable {
  readonly years: readonly number[];
  readonly rows: readonly { readonly field: (typeof PERSON_FIELDS)[number]; readonly values: readonly number[] }[];
  readonly totals: readonly number[];
}

const personsMemo = new WeakMap<Scenario, PersonsTable>();

export function personsTable(scenario: Scenario): PersonsTable {
  let table = personsMemo.get(scenario);
  if (!table) {
    table = {
      years: scenario.years.map((_, i) => scenario.startYear + i),
      rows: PERSON_FIELDS.map((field) => ({ field, values: scenario.years.map((y) => y[field]) })),
      totals: scenario.years.map((y) => PERSON_FIELDS.reduce((sum, field) => sum + y[field], 0)),
    };
    personsMemo.set(scenario, table);
  }
  return table;
}

const rowsMemo = new WeakMap<Projection, { readonly messages: Messages; readonly groups: BudgetGroups }>();

/** The budget rows every view shows (src/lib/budget-rows.ts), grouped as the plan shows them, lines without any amount left out. */
export function sharedBudgetRows(projection: Projection, messages: Messages): BudgetGroups {
  const hit = rowsMemo.get(projection);
  if (hit && hit.messages === messages) return hit.groups;
  const groups = groupBudgetRows(budgetRows(projection, messages));
  rowsMemo.set(projection, { messages, groups });
  return groups;
}
