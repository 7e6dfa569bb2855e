import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatKroner } from '../../../src/lib/format';
import { SUMMARY_CHART_SIZE } from '../../../src/features/budget-summary/summary-charts';
import { selectProjection } from '../../../src/store';
import { findMunicipalityBox, renderApp } from '../render-app';

/** The body rows of a table as the texts of their cells, NBSP as space (section rows left out). */
function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody') && within(row).queryAllByRole('cell').length > 0)
    .map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').replace(/\u00a0/g, ' ')));
}

/** The app on the print screen, 2026–2035 for Trondheim, 20 adults in families in 2026, one rate overridden. */
async function openSummary() {
  window.location.hash = '#/';
  const app = renderApp();
  await findMunicipalityBox();
  const state = app.store.getState();
  state.setMunicipality('5001');
  state.setYearField(0, 'adultsInFamilies', 20);
  state.editScenario((s) => ({
    ...s,
    rateOverrides: [{ year: 2027, rate: 'integration.year2', value: 240_000, source: 'Kommunens anslag' }],
    policy: { ...s.policy, aboveRequestBonusPerPerson: 25_000 },
  }));
  window.location.hash = '#/utskrift';
  await screen.findByRole('heading', { name: /^Budsjettsammendrag/ });
  return app;
}

describe('printed budget summary', { timeout: 20_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('given a scenario, then the page names municipality, scenario, date and edition, and the net equals the engine', async () => {
    const { store } = await openSummary();
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('Trondheim');
    expect(article).toHaveTextContent(/Dato\d{1,2}\. \p{L}+ 20\d\d/u);
    const plan = screen.getByRole('table', { name: /økonomiplanen og hele perioden, i kroner/ });
    const netRow = within(plan).getByRole('row', { name: /^Netto/ });
    const projection = selectProjection(store.getState())!;
    expect(projection.budget.economyPlan.net).not.toBe(0);
    expect(within(netRow).getAllByRole('cell')[0]?.textContent).toBe(`≈anslått ${formatKroner(projection.budget.economyPlan.net)}`);
    expect(within(netRow).getAllByRole('cell')[1]?.textContent).toBe(`≈anslått ${formatKroner(projection.budget.horizon.net)}`);
    expect(screen.getByRole('table', { name: /IMDis koder/ })).toHaveTextContent('AR-1');
  });

  it('given estimated rates and overrides, then the page lists each estimated rate with its years and every override and what-if', async () => {
    await openSummary();
    const estimated = screen.getByRole('table', { name: /ikke publisert for disse årene/ });
    expect(within(estimated).getAllByRole('row').length).toBeGreaterThan(1);
    const singleAdult = within(estimated).getByRole('rowheader', { name: 'Integreringstilskudd år 1, enslig voksen' }).closest('tr')!;
    expect(within(singleAdult).getAllByRole('cell').map((c) => c.textContent)).toEqual(['AR-1 EV', '2026–2035', 'anslått: 2024-satsen justert med G']);
    // The rule is in bokmål now: no English marking, no caption saying it is quoted in English.
    expect(within(singleAdult).getAllByRole('cell')[2]).not.toHaveAttribute('lang');
    expect(estimated.querySelector('caption')?.textContent).not.toMatch(/engelsk/);
    expect(within(estimated).getByRole('columnheader', { name: 'Regel for anslaget' })).toBeInTheDocument();
    expect(within(estimated).queryByText(/integration\.|minors\.|highNeeds\./)).toBeNull();
    const overrides = screen.getByRole('table', { name: 'Egne satser og hva-om' });
    expect(rowTexts(overrides)).toEqual([
      ['Integreringstilskudd år 2', '2027', '240 000 kr', 'Kommunens anslag'],
      ['Tillegg per person bosatt utover anmodningen', '', '25 000 kr', 'hva om'],
    ]);
  });

  it('given the default assumptions, then each is a readable row with its label, its value written out and «antakelse (standardverdi)»', async () => {
    await openSummary();
    const assumptions = screen.getByRole('table', { name: 'Forutsetningene i scenariet' });
    const rows = rowTexts(assumptions);
    expect(rows).toContainEqual(['Voksne 60 år eller eldre', '3 %', 'antakelse (standardverdi)']);
    expect(rows).toContainEqual(['Deltakere blant voksne 18–55 år', '85 %', 'antakelse (standardverdi)']);
    expect(rows).toContainEqual(['Oppstart etter bosetting', '2 mnd.', 'antakelse (standardverdi)']);
    expect(rows).toContainEqual([
      'Hvor lenge deltakerne er i programmet',
      '6 mnd. 10 %, 12 mnd. 20 %, 24 mnd. 45 %, 36 mnd. 20 %, 48 mnd. 5 %',
      'antakelse (standardverdi)',
    ]);
    expect(rows).toContainEqual(['Flyttet ut til det ordinære boligmarkedet, etter botid år 1–5', '0 %, 10 %, 20 %, 30 %, 40 %', 'antakelse (standardverdi)']);
    // Each group under the scenario editor's section name; no programmer's key or JSON anywhere.
    expect(within(assumptions).getByRole('rowheader', { name: 'Introduksjonsprogram' })).toBeInTheDocument();
    expect(assumptions.textContent).not.toMatch(/composition\.|\bprogramme\b|housing\.|[{}[\]]|0\.03/);
  });

  it('given a changed assumption, then its row says «endret»', async () => {
    const { store } = await openSummary();
    act(() => store.getState().editScenario((s) => ({ ...s, composition: { ...s.composition, adultsAged60Plus: 0.1 } })));
    const assumptions = screen.getByRole('table', { name: 'Forutsetningene i scenariet' });
    expect(rowTexts(assumptions)).toContainEqual(['Voksne 60 år eller eldre', '10 %', 'endret']);
  });

  it('given English chosen, then the lists are in English', async () => {
    const { store } = await openSummary();
    act(() => store.getState().setLocale('en'));
    await screen.findByRole('heading', { name: /^Budget summary/ });
    const estimated = screen.getByRole('table', { name: /not yet published/ });
    const singleAdult = within(estimated).getByRole('rowheader', { name: /^Integration grant year 1, single adult/ }).closest('tr')!;
    expect(within(singleAdult).getAllByRole('cell').map((c) => c.textContent)).toEqual(['AR-1 EV', '2026–2035', 'estimated: 2024 rate indexed by G']);
    const assumptions = screen.getByRole('table', { name: 'The assumptions of the scenario' });
    expect(rowTexts(assumptions)).toContainEqual(['Adults aged 60 or over', '3%', 'assumption (default)']);
    expect(rowTexts(assumptions)).toContainEqual(['Start after settlement', '2 months', 'assumption (default)']);
    expect(rowTexts(screen.getByRole('table', { name: 'Own rates and what-ifs' }))[1]).toEqual([
      'Bonus per person settled beyond the request',
      '',
      'NOK 25,000',
      'what if',
    ]);
  });

  it('given any window, then the two charts are drawn at the one size that fits half the printed page, not at the size their container measures', async () => {
    await openSummary();
    const article = screen.getByRole('article');
    // The test set-up's ResizeObserver reports every container as 800 × 340.
    const surfaces = await vi.waitFor(() => {
      const found = Array.from(article.querySelectorAll('svg.recharts-surface'));
      expect(found).toHaveLength(2);
      return found;
    });
    expect(surfaces.map((svg) => [svg.getAttribute('width'), svg.getAttribute('height')])).toEqual([
      [String(SUMMARY_CHART_SIZE.width), String(SUMMARY_CHART_SIZE.height)],
      [String(SUMMARY_CHART_SIZE.width), String(SUMMARY_CHART_SIZE.height)],
    ]);
    // A4 less 15 mm margins is 180 mm; half of it less the 4 mm gap and the card's padding and border.
    const mm = 96 / 25.4;
    expect(SUMMARY_CHART_SIZE.width).toBeLessThanOrEqual((180 * mm - 4 * mm) / 2 - 6 * mm - 2);
  });

  it('given the XLSX button, when pressed, then a workbook file is offered for download', async () => {
    const { user } = await openSummary();
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Last ned regneark (XLSX)' }));
    expect(await screen.findByText(/^Regnearket er lagret som budsjett-.*\.xlsx\.$/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^budsjett-nytt-scenario-\d{4}-\d\d-\d\d\.xlsx$/);
    expect(blobs[0]?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // An XLSX file is a zip archive: it starts with "PK".
    const head = new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 2);
    expect(String.fromCharCode(...head)).toBe('PK');
  });

  it('given the standard CSV dialect, when the budget is downloaded, then it is comma-separated', async () => {
    const { user } = await openSummary();
    const blobs: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.selectOptions(screen.getByRole('combobox', { name: 'CSV-format' }), 'Standard CSV (komma)');
    await user.click(screen.getByRole('button', { name: 'Last ned budsjettet som CSV' }));
    const text = await blobs[0]!.text();
    expect(text.split('\n')[0]).toBe('Linje,Kode,2026,2027,2028,2029,2030,2031,2032,2033,2034,2035');
    expect(text).toMatch(/\n"Integreringstilskudd år 1, voksne i familier",AR-1,\d+,/);
  });
});
