import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatKroner } from '../../../src/lib/format';
import { selectProjection } from '../../../src/store';
import { findMunicipalityBox, renderApp } from '../render-app';

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
    expect(within(estimated).getByRole('rowheader', { name: 'integration.year1SingleAdult' }).closest('tr')).toHaveTextContent(/20\d\d–20\d\d/);
    const overrides = screen.getByRole('table', { name: 'Egne satser og hva-om' });
    expect(within(overrides).getByRole('row', { name: /integration\.year2 2027 240\s000 Kommunens anslag/ })).toBeInTheDocument();
    expect(within(overrides).getByRole('row', { name: /aboveRequestBonusPerPerson 25000 hva om/ })).toBeInTheDocument();
    const assumptions = screen.getByRole('table', { name: 'Forutsetningene i scenariet' });
    expect(within(assumptions).getAllByText('antakelse (standardverdi)').length).toBeGreaterThan(3);
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
