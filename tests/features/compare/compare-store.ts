import { within, screen } from '@testing-library/react';
import { createAppStore, type AppStore } from '../../../src/store';
import { TODAY } from '../render-app';

/**
 * Makes the current scenario easy to reckon by hand: nobody aged 60+ (no elderly grant), no
 * Norwegian-training grant and nobody in the introduction programme, so that in the settlement
 * year the income is exactly the integration grant year 1 (AR-1 EV 235 000 in 2017, IMDi's circular).
 */
function plainIncome(store: AppStore) {
  store.getState().editScenario((s) => ({
    ...s,
    composition: { ...s.composition, adultsAged60Plus: 0 },
    policy: { ...s.policy, grantScale: { ...s.policy.grantScale, norwegianTraining: 0 } },
    programme: { ...s.programme, participation: 0 },
  }));
}

/**
 * A store with "Basis 2017" (baseline: Kongsberg, 2017–2020, 20 single adults in 2017) and
 * "Ti flere" (current: the same with 30), the history cleared.
 */
export function twoOn2017(): AppStore {
  const store = createAppStore({ today: TODAY });
  const s = () => store.getState();
  s().renameScenario(s().currentId, 'Basis 2017');
  s().setMunicipality('3303');
  s().setStartYear(2017);
  s().setHorizon(4);
  plainIncome(store);
  s().setYearField(0, 'singleAdults', 20);
  s().duplicateScenario(s().currentId, 'Ti flere');
  s().setYearField(0, 'singleAdults', 30);
  store.temporal.getState().clear();
  return store;
}

/** The difference table, once the screen has drawn it. */
export const findDifferenceTable = () => screen.findByRole('table', { name: /^Basis per år/ });

/** The row of `scenario` in the group of `measure` ("Tilskudd, kr", …) of the difference table. */
export function measureRow(measure: string, scenario: RegExp): HTMLElement {
  const table = screen.getByRole('table', { name: /^Basis per år/ });
  const group = within(table).getByRole('rowheader', { name: measure }).closest('tbody');
  if (group === null) throw new Error(`no group ${measure}`);
  const header = within(group).getByRole('rowheader', { name: scenario });
  const row = header.closest('tr');
  if (row === null) throw new Error(`no row ${scenario.source}`);
  return row;
}

/** The cells of a row, by the year of their column. */
export function cellsByYear(row: HTMLElement): Record<string, string> {
  const table = row.closest('table');
  const years = within(table!).getAllByRole('columnheader').slice(1).map((h) => h.textContent ?? '');
  const cells = within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
  return Object.fromEntries(years.map((year, i) => [year, cells[i] ?? '']));
}
