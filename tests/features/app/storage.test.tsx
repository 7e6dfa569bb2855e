import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAMAGED_KEY, STORAGE_KEY } from '../../../src/store';
import { findMunicipalityBox, renderApp } from '../render-app';
import { findScenarioTable, renderAt, rowNames } from '../scenarios/scenarios-queries';

const scenario = (name: string, startYear: number) => ({ formatVersion: 1, name, municipalityCode: '3303', startYear, years: [{ children: 2 }] });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('kept in the browser', { timeout: 30_000 }, () => {
  it('given scenarios made and renamed, when the page is reloaded, then the list, the current one and the baseline are there', async () => {
    const first = renderAt('scenarioer');
    await findScenarioTable();
    await first.user.click(screen.getByRole('button', { name: 'Nytt scenario' }));
    await first.user.keyboard('{Control>}a{/Control}Høyt anslag{Enter}');
    first.unmount();

    renderAt('scenarioer');
    await findScenarioTable();
    expect(rowNames()).toEqual(['Nytt scenario', 'Høyt anslag']);
    const rows = screen.getAllByRole('rowheader');
    expect(rows[0]).toHaveTextContent('Basis');
    expect(rows[1]).toHaveTextContent('Gjeldende');
  });

  it('given a literal version 1 state, when the app starts, then its scenario opens as the only one in the list', async () => {
    const v1 = { state: { scenario: scenario('Fra versjon 1', 2025), shelvedYears: [], ui: { locale: 'nb', showZeroLines: false } }, version: 1 };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(v1));
    renderAt('scenarioer');
    await findScenarioTable();
    expect(rowNames()).toEqual(['Fra versjon 1']);
    expect(screen.getByRole('rowheader')).toHaveTextContent('Basis');
    expect(screen.queryByRole('heading', { name: /kunne ikke leses/ })).not.toBeInTheDocument();
  });

  it('given one damaged scenario among two, then the other opens, the damaged one is named, its text kept and downloadable', async () => {
    const raw = JSON.stringify({
      state: {
        scenarios: [
          { id: 's1', scenario: { ...scenario('Ødelagt', 2026), years: 'mange' }, shelvedYears: [] },
          { id: 's2', scenario: scenario('Hel', 2027), shelvedYears: [] },
        ],
        currentId: 's1',
        baselineId: 's2',
        ui: { locale: 'nb', showZeroLines: false },
      },
      version: 2,
    });
    localStorage.setItem(STORAGE_KEY, raw);
    let downloaded: { name: string; blob: Blob } | null = null;
    Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const { user, store } = renderApp();
    await findMunicipalityBox();

    const notice = (await screen.findByRole('heading', { name: 'Det lagrede scenariet kunne ikke leses' })).closest('div');
    expect(notice).not.toBeNull();
    expect(within(notice!).getAllByRole('listitem')[0]).toHaveTextContent('«Ødelagt» (scenario nr. 1)');
    expect(within(notice!).getByText(DAMAGED_KEY)).toBeInTheDocument();
    expect(within(notice!).getByText('Scenario 1 («Ødelagt»): Antall år: må være en liste med 1 til 15 år (fant "mange").')).toBeInTheDocument();
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(raw);
    expect(store.getState().scenario.name).toBe('Hel');
    expect(store.getState().baselineId).toBe('s2');

    click.mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = { name: this.download, blob: new Blob([raw]) };
    });
    await user.click(within(notice!).getByRole('button', { name: 'Last ned de skadde dataene' }));
    expect(downloaded).toMatchObject({ name: 'bosettingsplan-skadde-data.json' });
  });

  it('given stored text that is not JSON, then the app opens, says the stored data could not be read and keeps it', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": {"scen');
    const user = userEvent.setup();
    renderApp();
    await findMunicipalityBox();
    expect(await screen.findByRole('heading', { name: 'De lagrede dataene kunne ikke leses' })).toBeInTheDocument();
    expect(localStorage.getItem(DAMAGED_KEY)).toBe('{"state": {"scen');
    await user.click(screen.getByRole('button', { name: 'Lukk meldingen' }));
    expect(screen.queryByRole('heading', { name: /kunne ikke leses/ })).not.toBeInTheDocument();
  });
});
