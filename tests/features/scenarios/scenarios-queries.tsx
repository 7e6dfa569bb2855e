import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/app';
import { createAppStore, type AppStore } from '../../../src/store';
import { TODAY } from '../render-app';

/** Renders the app on a route (`scenarioer`, '' for the plan), over a given store or one from storage. */
export function renderAt(route: string, store: AppStore = createAppStore({ today: TODAY })) {
  window.location.hash = `#/${route}`;
  const user = userEvent.setup();
  const view = render(<App store={store} />);
  return { store, user, ...view };
}

/** The table of scenarios, once the reference data is loaded. */
export const findScenarioTable = () => screen.findByRole('table', { name: /^Scenarioene dine/ });

/** The row of a scenario, by its name in the row header. */
export function scenarioRow(name: string): HTMLElement {
  const header = within(screen.getByRole('table', { name: /^Scenarioene dine/ })).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return row;
}

/** The names in the row headers, in order. */
export const rowNames = () =>
  within(screen.getByRole('table', { name: /^Scenarioene dine/ }))
    .getAllByRole('rowheader')
    .map((h) => h.querySelector('.scenario-name')?.textContent ?? h.textContent);

/** The status line of the screen (the polite live region that holds a message). */
export const statusLine = () => screen.getAllByRole('status').find((s) => s.classList.contains('scenarios-status'));
