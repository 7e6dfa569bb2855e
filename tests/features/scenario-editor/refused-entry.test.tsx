import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { KEPT_DRAFTS_KEY } from '../../../src/app/kept-drafts';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { field, openSection, retype } from './inputs-queries';

beforeEach(() => {
  window.location.hash = '';
});

/** Leaves the plan for the rates screen and comes back. */
async function leaveAndComeBack() {
  window.location.hash = '#/satser';
  await screen.findByRole('heading', { level: 2, name: /^Satser/ });
  window.location.hash = '#/';
  await findMunicipalityBox();
}

describe('a refused entry', { timeout: 30_000 }, () => {
  it('given "-3" typed for single adults in 2026, when the planner leaves the screen and comes back, then the text and its message are still there and the store kept 0', async () => {
    const { store, user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '-3');
    expect(gridInput('Enslige voksne 2026')).toHaveAccessibleDescription('Kan ikke være negativt.');

    await leaveAndComeBack();
    expect(gridInput('Enslige voksne 2026')).toHaveValue('-3');
    expect(gridInput('Enslige voksne 2026')).toHaveAttribute('aria-invalid', 'true');
    expect(gridInput('Enslige voksne 2026')).toHaveAccessibleDescription('Kan ikke være negativt.');
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
  });

  it('given "-3" typed for single adults in 2026, when the page is reloaded (as when a new version of the app is loaded), then the text and its message are still there and the store kept 0', async () => {
    const first = renderApp();
    await findMunicipalityBox();
    await first.user.type(gridInput('Enslige voksne 2026'), '-3');
    act(() => void window.dispatchEvent(new PageTransitionEvent('pagehide')));
    first.unmount();

    const { store } = renderApp();
    await findMunicipalityBox();
    expect(gridInput('Enslige voksne 2026')).toHaveValue('-3');
    expect(gridInput('Enslige voksne 2026')).toHaveAccessibleDescription('Kan ikke være negativt.');
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
  });

  it('given damaged refused entries in the tab’s storage, when the page loads, then they are skipped and the app opens with the fields showing the plan', async () => {
    sessionStorage.setItem(KEPT_DRAFTS_KEY, '[["x", {"text": 3}], "y", [');
    renderApp();
    await findMunicipalityBox();
    expect(gridInput('Enslige voksne 2026')).toHaveValue('');
    expect(gridInput('Enslige voksne 2026')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('given "-3" typed and then English chosen, when the planner leaves the screen and comes back, then the entry is still there with its message in English', async () => {
    const { store, user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '-3');
    act(() => store.getState().setLocale('en'));
    expect(await screen.findByRole('textbox', { name: 'Single adults 2026' })).toHaveAccessibleDescription('Cannot be negative.');

    window.location.hash = '#/satser';
    await screen.findByRole('heading', { level: 2, name: /^Rates/ });
    window.location.hash = '#/';
    const field = await screen.findByRole('textbox', { name: 'Single adults 2026' });
    expect(field).toHaveValue('-3');
    expect(field).toHaveAccessibleDescription('Cannot be negative.');
  });

  it('given "2,5" refused in «Administrasjon per år» in an open section, when the planner leaves and comes back, then the section is still open and the entry and its message are there', async () => {
    const { store, user } = renderApp();
    await openSection(user, 'Kostnader');
    await retype(user, field('Administrasjon per år (kr)'), '2,5');
    await leaveAndComeBack();
    expect(screen.getByRole('button', { name: /^Kostnader/ })).toHaveAttribute('aria-expanded', 'true');
    expect(field('Administrasjon per år (kr)')).toHaveValue('2,5');
    expect(field('Administrasjon per år (kr)')).toHaveAccessibleDescription(/Skriv hele kroner, uten øre\.$/);
    expect(store.getState().scenario.costs.administrationPerYear).toBe(0);
  });

  it('given a refused entry corrected to 5, when the planner leaves and comes back, then the field shows 5 and no message', async () => {
    const { store, user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '-3');
    await user.clear(gridInput('Enslige voksne 2026'));
    await user.type(gridInput('Enslige voksne 2026'), '5');
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(5);

    await leaveAndComeBack();
    expect(gridInput('Enslige voksne 2026')).toHaveValue('5');
    expect(gridInput('Enslige voksne 2026')).toHaveAttribute('aria-invalid', 'false');
  });

  it('given a refused entry in one scenario, when another scenario is opened, then its field shows its own (empty) value, and the first scenario’s entry is back when it is opened again', async () => {
    const { store, user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '-3');
    const first = store.getState().currentId;
    act(() => {
      const copy = store.getState().duplicateScenario(first, 'Kopi');
      store.getState().switchScenario(copy!);
    });
    expect(store.getState().currentId).not.toBe(first);
    expect(await screen.findByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('');
    expect(gridInput('Enslige voksne 2026')).toHaveAttribute('aria-invalid', 'false');

    // Back in the first scenario, its refused entry is there again.
    act(() => store.getState().switchScenario(first));
    expect(await screen.findByRole('textbox', { name: 'Enslige voksne 2026' })).toHaveValue('-3');
  });
});
