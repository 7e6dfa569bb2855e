import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/engine';
import { createAppStore, STORAGE_KEY } from '../../../src/store';
import { memoryStorage } from '../../../src/store/safe-storage';
import { charsHeld, quotaStorage } from '../../store/quota-storage';
import { TODAY } from '../render-app';
import { findScenarioTable, renderAt } from './scenarios-queries';

afterEach(() => {
  window.location.hash = '';
});

/** A store over localStorage with one scenario, «Kongsberg», 9 children in 2027. */
function kongsberg() {
  const store = createAppStore({ today: TODAY });
  const s = () => store.getState();
  s().renameScenario(s().currentId, 'Kongsberg');
  s().setMunicipality('3303');
  s().setYearField(1, 'children', 9);
  store.temporal.getState().clear();
  return store;
}

const versionsTable = () => screen.getByRole('table', { name: 'Lagrede versjoner, nyeste først' });
const versionRows = () => within(versionsTable()).getAllByRole('row').slice(1);
const diffRows = () =>
  within(screen.getByRole('table', { name: /^Endringer fra/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
const children2027 = (store: ReturnType<typeof kongsberg>) => store.getState().scenario.years[1]?.children;

async function saveVersion(user: ReturnType<typeof renderAt>['user'], note: string) {
  await user.type(screen.getByRole('textbox', { name: 'Notat til versjonen' }), note);
  await user.click(screen.getByRole('button', { name: 'Lagre versjon' }));
}

describe('saved versions on the scenarios screen', { timeout: 30_000 }, () => {
  it('given a note, when «Lagre versjon» is pressed, then the list shows it with its kind and the bound is stated', async () => {
    const { user } = renderAt('scenarioer', kongsberg());
    await findScenarioTable();
    expect(screen.getByRole('heading', { name: 'Versjoner av «Kongsberg»' })).toBeInTheDocument();
    expect(screen.getByText('Ingen versjoner er lagret ennå.')).toBeInTheDocument();
    expect(screen.getByText(/inntil 50\)\. .* av de automatiske beholdes de 10 nyeste\./)).toBeInTheDocument();
    await saveVersion(user, 'Til formannskapet');
    const cells = within(versionRows()[0]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(['Til formannskapet · Lik gjeldende utgave', 'Av deg']);
    expect(screen.getByText(/^Versjonen «Til formannskapet \(\d+\. \w+ \d{4} kl\. \d\d\.\d\d\)» er lagret\.$/)).toBeInTheDocument();
  });

  it('given a version and a number changed since, then the table shows the field, year, before and after', async () => {
    const store = kongsberg();
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    await saveVersion(user, 'Til formannskapet');
    store.getState().setYearField(1, 'children', 12);
    expect(await screen.findByRole('table', { name: /^Endringer fra Til formannskapet .* til Gjeldende utgave$/ })).toBeInTheDocument();
    expect(diffRows()).toEqual([['Barn', '2027', '9', '12']]);
  });

  it('given a version restored, then its numbers are current, what was there is an automatic version, and one «Angre» takes both back', async () => {
    const store = kongsberg();
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    await saveVersion(user, 'Til formannskapet');
    store.getState().setYearField(1, 'children', 12);
    await user.click(screen.getByRole('button', { name: /^Gjenopprett «Til formannskapet/ }));
    expect(children2027(store)).toBe(9);
    expect(store.getState().scenario.name).toBe('Kongsberg');
    expect(versionRows().map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual(['Automatisk før gjenoppretting', 'Av deg']);
    expect(screen.getByText(/er nå gjeldende utgave\. Det du hadde, er lagret som en automatisk versjon\. Angre tar det tilbake\./)).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Angre' })[0]!);
    expect(children2027(store)).toBe(12);
    expect(versionRows()).toHaveLength(1);
  });

  it('given a version deleted, then it is gone from the list and «Angre» brings it back', async () => {
    const store = kongsberg();
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    await saveVersion(user, 'Utkast');
    await user.click(screen.getByRole('button', { name: /^Slett «Utkast/ }));
    expect(screen.getByText('Ingen versjoner er lagret ennå.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^Versjonen «Utkast .*» er slettet\. Angre tar den tilbake\.$/).closest('[role="status"]')).toHaveFocus());
    await user.click(screen.getAllByRole('button', { name: 'Angre' })[0]!);
    expect(within(versionRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent('Utkast');
  });

  it('given a version saved, when the page is reloaded, then the version is there, read back from storage', async () => {
    const { user, unmount } = renderAt('scenarioer', kongsberg());
    await findScenarioTable();
    await saveVersion(user, 'Før møtet');
    unmount();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('Før møtet');
    const reloaded = createAppStore({ today: TODAY });
    expect(reloaded.getState().scenarios[0]?.versions?.map((v) => v.note)).toEqual(['Før møtet']);
  });

  it('given a note over 200 characters, then it is refused with a message and nothing is saved', async () => {
    const store = kongsberg();
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    await saveVersion(user, 'x'.repeat(201));
    expect(screen.getByText('Notatet kan ha høyst 200 tegn.')).toBeInTheDocument();
    expect(store.getState().scenarios[0]?.versions).toBeUndefined();
  });

  it('given a file with a version and a damaged one, when it is imported, then the new scenario has the version and one of the file as read, and the damaged one is named in bokmål', async () => {
    const store = kongsberg();
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    const scenario = { ...defaultScenario('5001', 2026, 4), name: 'Trondheim' };
    const versions = [
      { id: 'v1', savedAt: '2026-11-20T08:30:00.000Z', note: 'Vedtatt', kind: 'manual', scenario },
      { id: 'v2', savedAt: '2026-11-21T08:30:00.000Z', note: 'Ødelagt', kind: 'manual' },
    ];
    const file = new File([JSON.stringify({ ...scenario, versions })], 'trondheim.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Importer scenario fra fil'), file);
    expect(await screen.findByRole('heading', { name: 'Versjoner av «Trondheim»' })).toBeInTheDocument();
    expect(versionRows().map((row) => [within(row).getAllByRole('cell')[0]?.textContent, within(row).getAllByRole('cell')[1]?.textContent])).toEqual([
      ['Importert fra trondheim.json · Lik gjeldende utgave', 'Automatisk ved import'],
      ['Vedtatt', 'Av deg'],
    ]);
    expect(screen.getByText(/Noen versjoner i fila kunne ikke leses og er utelatt \(scenariet og de andre versjonene er importert\): Lagret versjon 2: Scenario: mangler; en versjon holder scenariet slik det ble lagret\.$/)).toBeInTheDocument();
    expect(store.getState().scenarios[0]?.versions).toBeUndefined();
  });

  it('given the browser storage full, when a version is saved, then the message does not say it is kept and asks for an export', async () => {
    const items = new Map<string, string>();
    const quota = { chars: 1_000_000 };
    const store = createAppStore({ today: TODAY, storage: quotaStorage(items, quota), tabStorage: memoryStorage() });
    store.getState().setMunicipality('3303');
    quota.chars = charsHeld(items);
    const { user } = renderAt('scenarioer', store);
    await findScenarioTable();
    await saveVersion(user, 'Før møtet');
    expect(await screen.findByText(/^Versjonen «Før møtet \(.+\)» er laget, men nettleseren tar ikke vare på endringer nå/)).toBeInTheDocument();
    expect(screen.queryByText(/er lagret\.$/)).not.toBeInTheDocument();
    expect(items.get(STORAGE_KEY)).not.toContain('Før møtet');
  });

  it('given a damaged version in storage, when the app opens, then the notice says a version was left out and the scenario is there with its other version', async () => {
    const scenario = { ...defaultScenario('3303', 2026, 4), name: 'Kongsberg' };
    const good = { id: 'v1', savedAt: '2026-12-01T09:00:00.000Z', note: 'God', kind: 'manual', scenario };
    const damaged = { id: 'v2', savedAt: '2026-12-02T09:00:00.000Z', note: 'Skadet', kind: 'manual', scenario: { ...scenario, years: 'mange' } };
    const state = { scenarios: [{ id: 's1', scenario, shelvedYears: [], versions: [good, damaged] }], currentId: 's1', baselineId: 's1', ui: {} };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version: 2 }));
    renderAt('scenarioer');
    await findScenarioTable();
    expect(await screen.findByRole('heading', { name: 'En lagret versjon av et scenario kunne ikke leses og er tatt ut; scenarioene er hentet inn' })).toBeInTheDocument();
    expect(versionRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['God · Lik gjeldende utgave']);
  });
});
