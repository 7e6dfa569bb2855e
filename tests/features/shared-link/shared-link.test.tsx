import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledReference } from '../../../src/app/bundled-reference';
import { projectScenario } from '../../../src/engine';
import { formatKroner } from '../../../src/lib/format';
import { createAppStore } from '../../../src/store';
import { TODAY } from '../render-app';
import { renderAt } from '../scenarios/scenarios-queries';
import { editedHash, findSharedHeading, hashOf, sharedScenario } from './shared-fixture';

const NBSP = '\u00a0';
const open = (hash: string, store = createAppStore({ today: TODAY })) => renderAt(hash.replace(/^#\//, ''), store);
const alert = () => screen.findByRole('alert');

afterEach(() => {
  window.location.hash = '';
});

describe('a shared link opened', { timeout: 30_000 }, () => {
  it('given a link, then the scenario shows read-only with municipality, period, persons per year and the budget from the engine', async () => {
    const scenario = sharedScenario();
    open(hashOf(scenario));
    expect(await findSharedHeading()).toHaveTextContent('Delt scenario: «Delt 2017»');
    expect(screen.getByText('Kongsberg (Buskerud)')).toBeInTheDocument();
    expect(screen.getByText('2017–2020')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    const persons = screen.getByRole('table', { name: 'Personer som skal bosettes per år, etter type' });
    const single = within(persons).getByRole('rowheader', { name: 'Enslige voksne' }).closest('tr')!;
    expect(within(single).getAllByRole('cell').map((c) => c.textContent)).toEqual(['20', '8', '0', '0']);
    const total = within(persons).getByRole('rowheader', { name: 'Personer i alt' }).closest('tr')!;
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['20', '11', '0', '0']);

    const budget = screen.getByRole('table', { name: /^Tilskudd og kostnader per år/ });
    const income = within(budget).getByRole('rowheader', { name: 'Sum tilskudd' }).closest('tr')!;
    expect(within(income).getAllByRole('cell')[0]?.textContent).toMatch(new RegExp(`4${NBSP}700${NBSP}000$`));
    const ev = within(budget).getByRole('rowheader', { name: /^Integreringstilskudd år 1, enslige voksne/ });
    expect(ev).toHaveTextContent('AR-1 EV');

    const bundle = await loadBundledReference();
    if (!bundle.ok) throw new Error('bundled reference data did not load');
    const plan = projectScenario(scenario, bundle.data.reference).budget.economyPlan;
    const summary = screen.getByRole('table', { name: 'Tilskudd, kostnader og netto for økonomiplanen og hele perioden' });
    const net = within(summary).getByRole('rowheader', { name: 'Netto' }).closest('tr')!;
    expect(within(net).getAllByRole('cell')[0]?.textContent).toContain(formatKroner(plan.net));
  });

  it('given a link, when it is opened, then the planner’s own scenarios and history are untouched', async () => {
    const store = createAppStore({ today: TODAY });
    const before = store.getState().scenarios;
    open(hashOf(sharedScenario()), store);
    await findSharedHeading();
    expect(store.getState().scenarios).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Angre' })).toBeDisabled();
  });

  it('given a link, when «Behold en kopi» is pressed, then the copy is a new current scenario on the plan screen, and «Angre» removes it', async () => {
    const scenario = sharedScenario();
    const { user, store } = open(hashOf(scenario));
    await findSharedHeading();
    await user.click(screen.getByRole('button', { name: 'Behold en kopi' }));

    expect(window.location.hash).toBe('#/');
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toHaveValue('Kongsberg');
    const { scenarios, scenario: current } = store.getState();
    expect(scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'Delt 2017']);
    expect(current).toEqual(scenario);
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveDisplayValue('Delt 2017');

    await user.click(screen.getByRole('button', { name: 'Angre' }));
    expect(store.getState().scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario']);
  });

  it('given a link cut short, then a message says it is damaged and nothing changes', async () => {
    const hash = hashOf(sharedScenario());
    const { store } = open(hash.slice(0, hash.length - 20));
    const message = await alert();
    expect(message).toHaveTextContent('Lenken kunne ikke åpnes');
    expect(message).toHaveTextContent('Lenken er skadet eller ufullstendig');
    expect(message).toHaveTextContent('Ingenting er endret: dine egne scenarioer er som før.');
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('given an edited link, then each problem is a line of the message', async () => {
    const edited = { ...sharedScenario(), years: [{ singleAdults: -3 }, { children: 1.5 }] };
    open(editedHash(edited));
    const message = await alert();
    expect(message).toHaveTextContent('Lenken inneholder et scenario som ikke er gyldig');
    expect(within(message).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Enslige voksne, 2017: må være et helt tall fra 0 til 10\u00a0000 (fant \u22123).',
      'Barn, 2018: må være et helt tall fra 0 til 10\u00a0000 (fant 1,5).',
    ]);
  });

  it('given a link to a municipality code that does not exist, then the message names the code', async () => {
    open(editedHash({ ...sharedScenario(), municipalityCode: '9999' }));
    const message = await alert();
    expect(within(message).getByRole('listitem')).toHaveTextContent('municipalityCode: kommunenummeret 9999 finnes ikke i kommunelisten');
  });

  it('given the screen without a scenario in the address, then it explains what belongs there, without an alert', async () => {
    open('#/delt');
    expect(await screen.findByText(/Denne adressen inneholder ikke noe scenario/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
