import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { projectScenario } from '../../../src/engine';
import { formatKroner } from '../../../src/lib/format';
import { loadBundledReference } from '../../../src/app/bundled-reference';
import { createAppStore } from '../../../src/store';
import { TODAY } from '../render-app';
import { findScenarioTable, renderAt, rowNames, scenarioRow, statusLine } from './scenarios-queries';

afterEach(() => {
  window.location.hash = '';
});

/** A store with two scenarios: "Kongsberg 40" (baseline, 40 a year for four years) and an empty "Tromsø", current. */
function twoScenarios() {
  const store = createAppStore({ today: TODAY });
  const s = () => store.getState();
  s().renameScenario(s().currentId, 'Kongsberg 40');
  s().setMunicipality('3303');
  for (let i = 0; i < 4; i += 1) s().splitTotal(i, 40);
  s().setYearField(0, 'unaccompaniedMinors', 2);
  s().createScenario('Tromsø');
  s().setMunicipality('5501');
  s().setHorizon(6);
  store.temporal.getState().clear();
  return store;
}

describe('the scenarios screen', { timeout: 30_000 }, () => {
  it('given two scenarios, then each row shows municipality, period, persons and the four-year net from the engine, with current and baseline marked', async () => {
    const store = twoScenarios();
    renderAt('scenarioer', store);
    await findScenarioTable();
    expect(rowNames()).toEqual(['Kongsberg 40', 'Tromsø']);

    const kongsberg = scenarioRow('Kongsberg 40');
    const cells = within(kongsberg).getAllByRole('cell').map((c) => c.textContent);
    const bundle = await loadBundledReference();
    if (!bundle.ok) throw new Error('bundled reference data did not load');
    const expectedNet = projectScenario(store.getState().scenarios[0]!.scenario, bundle.data.reference).budget.economyPlan.net;
    expect(cells.slice(0, 3)).toEqual(['Kongsberg', '2026–2035', '162']);
    expect(cells[3]).toContain(formatKroner(expectedNet));
    expect(cells[3]).toContain('2026–2029');
    expect(within(kongsberg).getByRole('rowheader')).toHaveTextContent('Basis');
    expect(within(kongsberg).getByRole('rowheader')).not.toHaveTextContent('Gjeldende');

    const tromso = scenarioRow('Tromsø');
    expect(within(tromso).getAllByRole('cell').map((c) => c.textContent).slice(0, 3)).toEqual(['Tromsø', '2026–2031', '0']);
    expect(within(tromso).getByRole('rowheader')).toHaveTextContent('Gjeldende');
    expect(within(tromso).getByRole('link', { name: 'Åpne i planen «Tromsø»' })).toHaveAttribute('href', '#/');
  });

  it('given the four-year net in the list, then it is the net the plan screen shows for the economy plan', async () => {
    const store = twoScenarios();
    store.getState().switchScenario(store.getState().scenarios[0]!.id);
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    const inList = within(scenarioRow('Kongsberg 40')).getAllByRole('cell')[3]?.textContent ?? '';
    await user.click(within(scenarioRow('Kongsberg 40')).getByRole('link', { name: /^Åpne i planen/ }));
    const summary = await screen.findByRole('table', { name: /økonomiplanen og hele perioden/ });
    const netRow = within(summary).getByRole('rowheader', { name: 'Netto' }).closest('tr');
    const onPlan = within(netRow!).getAllByRole('cell')[0]?.textContent ?? '';
    const amount = (text: string) => /−?\d[\d\u00a0]*\u00a0kr/.exec(text)?.[0];
    expect(amount(onPlan)).toMatch(/kr$/);
    expect(amount(inList)).toBe(amount(onPlan));
  });

  it('given the keyboard only, when the planner creates a scenario and renames it, then it is in the list as current under the new name', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    const create = screen.getByRole('button', { name: 'Nytt scenario' });
    create.focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', { name: 'Nytt navn på «Nytt scenario 2»' });
    expect(field).toHaveFocus();
    await user.keyboard('Drammen høy{Enter}');
    expect(rowNames()).toEqual(['Nytt scenario', 'Drammen høy']);
    expect(within(scenarioRow('Drammen høy')).getByRole('rowheader')).toHaveTextContent('Gjeldende');
    expect(screen.getByRole('button', { name: 'Gi nytt navn «Drammen høy»' })).toHaveFocus();
    expect(statusLine()).toHaveTextContent('Scenariet heter nå «Drammen høy».');
    expect(store.getState().scenario.name).toBe('Drammen høy');

    await user.keyboard('{Enter}');
    await user.keyboard('{Control>}a{/Control}{Backspace}{Enter}');
    expect(screen.getByText('Skriv et navn på 1 til 120 tegn.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(store.getState().scenario.name).toBe('Drammen høy');
    expect(screen.getByRole('button', { name: 'Gi nytt navn «Drammen høy»' })).toHaveFocus();
  });

  it('given a scenario, when it is duplicated, then the copy follows it, is current and holds the same inputs', async () => {
    const { user, store } = renderAt('scenarioer', twoScenarios());
    await findScenarioTable();
    await user.click(screen.getByRole('button', { name: 'Dupliser «Kongsberg 40»' }));
    expect(statusLine()).toHaveTextContent('«Kopi av Kongsberg 40» er laget som kopi og er nå gjeldende scenario.');
    expect(screen.getByRole('textbox', { name: 'Nytt navn på «Kopi av Kongsberg 40»' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(['Kongsberg 40', 'Tromsø', 'Kopi av Kongsberg 40']);
    expect(within(scenarioRow('Kopi av Kongsberg 40')).getAllByRole('cell')[2]).toHaveTextContent('162');
    expect(store.getState().scenario.years).toEqual(store.getState().scenarios[0]?.scenario.years);
  });

  it('given a scenario deleted, when the planner presses «Angre» in the message, then it is back in its place', async () => {
    const { user, store } = renderAt('scenarioer', twoScenarios());
    await findScenarioTable();
    await user.click(screen.getByRole('button', { name: 'Slett «Kongsberg 40»' }));
    expect(rowNames()).toEqual(['Tromsø']);
    expect(statusLine()).toHaveTextContent('«Kongsberg 40» er slettet.');
    expect(screen.getByText('Ingen scenario er merket som basis.', { exact: false })).toBeInTheDocument();
    const undo = within(statusLine()!).getByRole('button', { name: 'Angre slettingen av «Kongsberg 40»' });
    expect(undo).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Slett «Tromsø»' })).toBeDisabled();

    await user.click(undo);
    expect(rowNames()).toEqual(['Kongsberg 40', 'Tromsø']);
    expect(statusLine()).toHaveTextContent('«Kongsberg 40» er tilbake.');
    expect(within(scenarioRow('Kongsberg 40')).getByRole('rowheader')).toHaveTextContent('Basis');
    expect(store.getState().scenarios[0]?.scenario.years[0]?.unaccompaniedMinors).toBe(2);
  });

  it('given another scenario used and marked as baseline, then the marks move and the plan screen shows its inputs', async () => {
    const { user } = renderAt('scenarioer', twoScenarios());
    await findScenarioTable();
    await user.click(screen.getByRole('button', { name: 'Merk som basis «Tromsø»' }));
    expect(within(scenarioRow('Tromsø')).getByRole('rowheader')).toHaveTextContent('Basis');
    expect(within(scenarioRow('Kongsberg 40')).getByRole('rowheader')).not.toHaveTextContent('Basis');
    await user.click(screen.getByRole('button', { name: 'Bruk «Kongsberg 40»' }));
    expect(statusLine()).toHaveTextContent('«Kongsberg 40» er nå gjeldende scenario.');
    await user.click(screen.getByRole('link', { name: 'Plan og prognose' }));
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toHaveValue('Kongsberg');
    expect(screen.getByRole('textbox', { name: 'Enslige mindreårige 2026' })).toHaveValue('2');
  });
});
