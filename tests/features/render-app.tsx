import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { createAppStore } from '../../src/store';

/** A fixed "today" so that a new scenario always starts in 2026. */
export const TODAY = new Date('2026-03-15T12:00:00Z');

/**
 * Renders the whole app over a new store created from localStorage, as a page load does.
 * Calling it again after `unmount()` is a reload.
 */
export function renderApp() {
  const store = createAppStore({ today: TODAY });
  const user = userEvent.setup();
  const view = render(<App store={store} />);
  return { store, user, ...view };
}

/** Waits until the reference data is loaded and the editor is shown. */
export async function findMunicipalityBox(): Promise<HTMLElement> {
  return screen.findByRole('combobox', { name: 'Kommune' });
}
