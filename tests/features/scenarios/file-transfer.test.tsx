import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScenarioText } from '../../../src/scenario/parse';
import { STORAGE_KEY } from '../../../src/store';
import { findScenarioTable, renderAt, rowNames, statusLine } from './scenarios-queries';

/** The example scenario file the command-line planner reads (tests run from the project root). */
const EXAMPLE = readFileSync('examples/kongsberg-2026.json', 'utf8');

/** Files the app offered for download: name and text. */
let downloads: { name: string; text: Promise<string> }[] = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, text: blob.text() });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const fileInput = () => screen.getByLabelText('Importer scenario fra fil');
const jsonFile = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('scenario files', { timeout: 30_000 }, () => {
  it('given the current scenario, when it is exported, then the file is named after it and reads back as the same scenario', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    store.getState().renameScenario(store.getState().currentId, 'Kongsberg 2026');
    store.getState().setMunicipality('3303');
    store.getState().setYearField(1, 'children', 6);
    await user.click(screen.getByRole('button', { name: 'Eksporter gjeldende scenario' }));
    expect(downloads.map((d) => d.name)).toEqual(['bosettingsplan-kongsberg-2026.json']);
    const read = parseScenarioText(await downloads[0]!.text);
    expect(read).toEqual({ ok: true, scenario: store.getState().scenario });
    expect(statusLine()).toHaveTextContent('Scenariet er lagret som bosettingsplan-kongsberg-2026.json.');
  });

  it('given a file with errors, when it is imported, then each problem is listed in an alert and nothing changes', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    const before = localStorage.getItem(STORAGE_KEY);
    const bad = JSON.stringify({ formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{ singleAdults: -3 }, { children: 'fem' }] });
    await user.upload(fileInput(), jsonFile('feil.json', bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('«feil.json» kunne ikke importeres');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Enslige voksne, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant \u22123).',
      'Barn, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant "fem").',
    ]);
    expect(rowNames()).toEqual(['Nytt scenario']);
    expect(store.getState().scenarios).toHaveLength(1);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('given text that is not JSON or a municipality code not in the reference data, then the file is refused with a message', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    await user.upload(fileInput(), jsonFile('halv.json', '{"formatVersion": 1,'));
    expect(within(await screen.findByRole('alert')).getByRole('listitem')).toHaveTextContent(/^not valid JSON/);
    const oldCode = EXAMPLE.replace('"3303"', '"0604"');
    await user.upload(fileInput(), jsonFile('gammel.json', oldCode));
    expect(await screen.findByText(/kommunenummeret 0604 finnes ikke i kommunelisten/)).toBeInTheDocument();
    expect(store.getState().scenarios).toHaveLength(1);
  });

  it('given a valid file, when it is imported, then it becomes a new, current scenario and the others are untouched', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    store.getState().setYearField(0, 'children', 3);
    const first = store.getState().scenarios[0];
    await user.upload(fileInput(), jsonFile('kongsberg-2026.json', EXAMPLE));
    expect(rowNames()).toEqual(['Nytt scenario', 'Kongsberg 2026–2035, 40 i året']);
    expect(statusLine()).toHaveTextContent('«Kongsberg 2026–2035, 40 i året» er importert som nytt scenario og er nå gjeldende.');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(store.getState().scenario.municipalityCode).toBe('3303');
    expect(store.getState().scenarios[0]).toBe(first);

    // The same file again is a second scenario under a distinct name, not an overwrite.
    await user.upload(fileInput(), jsonFile('kongsberg-2026.json', EXAMPLE));
    expect(rowNames()).toEqual(['Nytt scenario', 'Kongsberg 2026–2035, 40 i året', 'Kongsberg 2026–2035, 40 i året (2)']);
    expect(statusLine()).toHaveTextContent('«Kongsberg 2026–2035, 40 i året (2)» er importert som nytt scenario og er nå gjeldende.');
    await user.upload(fileInput(), jsonFile('kongsberg-2026.json', EXAMPLE));
    expect(rowNames()).toEqual([
      'Nytt scenario',
      'Kongsberg 2026–2035, 40 i året',
      'Kongsberg 2026–2035, 40 i året (2)',
      'Kongsberg 2026–2035, 40 i året (3)',
    ]);
    await user.click(screen.getByRole('button', { name: 'Angre' }));
    expect(store.getState().scenarios).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Angre' }));
    expect(store.getState().scenarios).toHaveLength(2);
  });

  it('given a file with an unknown top-level field and a bad count, then the alert names the field in Norwegian and lists the count, and nothing changes', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    const before = localStorage.getItem(STORAGE_KEY);
    const bad = JSON.stringify({ formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{ children: -1 }], kommentar: 'x' });
    await user.upload(fileInput(), jsonFile('ukjent.json', bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'kommentar: scenarioformatet har ikke noe felt med dette navnet (skrivefeil?). Fjern det eller rett navnet.',
      'Barn, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant \u22121).',
    ]);
    expect(store.getState().scenarios).toHaveLength(1);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('given a file that starts with a byte-order mark, then it is imported', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    await user.upload(fileInput(), jsonFile('bom.json', `\ufeff${EXAMPLE}`));
    expect(await screen.findByText('«Kongsberg 2026–2035, 40 i året» er importert som nytt scenario og er nå gjeldende.')).toBeInTheDocument();
    expect(store.getState().scenarios).toHaveLength(2);
  });

  it('given a scenario without a municipality, when it is exported, then nothing is downloaded and the planner is asked to choose one in «Kommune»', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    expect(store.getState().scenario.municipalityCode).toBe('0000');
    await user.click(screen.getByRole('button', { name: 'Eksporter gjeldende scenario' }));
    expect(downloads).toEqual([]);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Scenariet kunne ikke eksporteres');
    expect(alert).toHaveTextContent('Velg en kommune i feltet «Kommune» under «Plan og prognose» før du eksporterer');

    act(() => store.getState().setMunicipality('3303'));
    await user.click(screen.getByRole('button', { name: 'Eksporter gjeldende scenario' }));
    expect(downloads.map((d) => d.name)).toEqual(['bosettingsplan-nytt-scenario.json']);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
