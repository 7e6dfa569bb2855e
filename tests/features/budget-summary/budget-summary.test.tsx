import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatIsoDate, formatKroner, formatNumber, formatter } from '../../../src/lib/format';
import { SUMMARY_CHART_SIZE } from '../../../src/features/budget-summary/summary-charts';
import { selectProjection, selectProjectionRange } from '../../../src/store';
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
  // The screen is a lazy chunk: its first load in a test file can take over a second on a busy machine.
  await screen.findByRole('heading', { name: /^Budsjettsammendrag/ }, { timeout: 15_000 });
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

  it('given estimated rates, then a sentence under the economy-plan table gives its grants and net with their range in kroner, and the CSV the same totals low and high', async () => {
    const { store, user } = await openSummary();
    const projection = selectProjection(store.getState())!;
    const range = selectProjectionRange(store.getState())!;
    const plan = projection.budget.economyPlan;
    const table = screen.getByRole('table', { name: /økonomiplanen og hele perioden, i kroner/ });
    const incomeRow = within(table).getByRole('row', { name: /^Tilskudd/ });
    expect(within(incomeRow).getAllByRole('cell')[0]?.textContent).toBe(`≈anslått ${formatKroner(plan.income)}`);
    // The sentence's central figure is the table's, in millions; low and high come from the engine's range.
    const { formatMillions: m, formatMillionKroner: mk } = formatter('nb');
    const r = range.economyPlan;
    expect(screen.getByText(/^Økonomiplan 2026–2029: tilskudd /).textContent).toBe(
      `Økonomiplan 2026–2029: tilskudd ${mk(plan.income)}; ${m(r.income.low)}–${mk(r.income.high)} om de anslåtte satsene blir lave eller høye. Netto ${mk(plan.net)}; fra ${mk(r.net.low)} til ${mk(r.net.high)}.`,
    );
    expect(range.economyPlan.income.low).toBeLessThan(plan.income);
    expect(range.economyPlan.income.high).toBeGreaterThan(plan.income);
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Last ned budsjettet som CSV' }));
    const lines = (await blobs[0]!.text()).split(/\r?\n/);
    expect(lines).toContain(`Økonomiplan 2026–2029, anslåtte satser lave;2026–2029;${range.economyPlan.income.low};${plan.cost};${range.economyPlan.net.low}`);
    expect(lines).toContain(`Økonomiplan 2026–2029, anslåtte satser høye;2026–2029;${range.economyPlan.income.high};${plan.cost};${range.economyPlan.net.high}`);
  });

  it('given the yearly table, then its amounts are whole thousands of kroner, years whose every figure is estimated are marked at the year, and in 2027, which holds the planner’s own rate, the estimated lines are marked at the line', async () => {
    const { store } = await openSummary();
    const table = screen.getByRole('table', { name: /IMDis koder, kostnader og netto per år, i 1\s000 kr$/ });
    const heads = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    // 2027 holds the planner's own year-2 rate (openSummary), so not all of that year is estimated;
    // nor is 2026, whose introduction benefit rests on NAV's G of 2026.
    expect(heads.slice(0, 5)).toEqual(['Linje', 'Kode', '2026', '2027', '≈anslått 2028']);
    const projection = selectProjection(store.getState())!;
    const thousands = (kroner: number) => formatNumber(Math.round(kroner / 1000)).replace(/\u00a0/g, ' ');
    const rows = rowTexts(table);
    const income = rows.find((row) => row[0] === '≈anslått Sum tilskudd')!;
    expect(income.slice(2)).toEqual(projection.budget.years.map((y) => thousands(y.income)));
    // 20 adults in families at the 2026 AR-1 rate of 195 738 kr (estimated) is 3 914 760 kr: 3 915 thousand.
    expect(rows.find((row) => row[1] === 'AR-1')![2]).toBe('3 915');
    // The planner's own rate: AR-2's line is not marked, and no amount carries a mark of its own.
    expect(rows.find((row) => row[1] === 'AR-2')![0]).toBe('Integreringstilskudd år 2');
    expect(table.querySelectorAll('tbody td .estimate-marker')).toHaveLength(0);
  });

  it('given the municipality’s own administration cost, then no year is all estimates: estimated lines are marked at the line, and a total resting on estimates in some years is in italics there, without a ≈ of its own', async () => {
    const { store } = await openSummary();
    act(() => store.getState().editScenario((s) => ({ ...s, costs: { ...s.costs, administrationPerYear: 900_000 } })));
    const table = screen.getByRole('table', { name: /IMDis koder/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent).slice(2, 4)).toEqual(['2026', '2027']);
    const rows = rowTexts(table);
    expect(rows.find((row) => row[1] === 'AR-1')![0]).toBe('≈anslått Integreringstilskudd år 1, voksne i familier');
    expect(rows.find((row) => row[0] === 'Administrasjon')!.slice(2, 4)).toEqual(['900', '900']);
    // Costs: the introduction benefit rests on NAV's G in 2026, on an estimated G from 2027; only
    // administration late in the plan.
    const costRow = within(table).getByRole('rowheader', { name: 'Sum kostnader' }).closest('tr')!;
    const cells = within(costRow).getAllByRole('cell').slice(1);
    expect(cells[0]).not.toHaveClass('estimated');
    expect(cells[1]).toHaveClass('estimated');
    expect(cells[1]).toHaveTextContent(/^anslått /);
    expect(cells[9]).not.toHaveClass('estimated');
    expect(costRow.querySelectorAll('.estimate-marker')).toHaveLength(0);
  });

  it('given persons settled before the plan, then the note under the yearly table says the grants include them', async () => {
    const { store } = await openSummary();
    expect(screen.queryByText(/før planperioden\.$/)).not.toBeInTheDocument();
    act(() => store.getState().editScenario((s) => ({ ...s, settledBefore: { persons: [0, 0, 4, 6], minors: [0, 0, 0, 2] } })));
    expect(screen.getByText(/Tilskuddene omfatter også 10 personer og 2 enslige mindreårige bosatt 2022–2025, før planperioden\.$/)).toBeInTheDocument();
  });

  it('given a horizon of 12 years, then the yearly table is split in two, 2026–2031 and 2032–2037, one above the other', async () => {
    const { store } = await openSummary();
    act(() => store.getState().setHorizon(12));
    const tables = screen.getAllByRole('table', { name: /IMDis koder/ });
    expect(tables.map((t) => t.querySelector('caption')?.textContent?.match(/\d{4}–\d{4}/)?.[0])).toEqual(['2026–2031', '2032–2037']);
    expect(within(tables[1]!).getAllByRole('columnheader').map((h) => h.textContent?.replace('≈anslått ', ''))).toEqual(['Linje', 'Kode', '2032', '2033', '2034', '2035', '2036', '2037']);
  });

  it('given estimated rates and overrides, then the page lists each rule of estimate with its years and its rates, and every override and what-if', async () => {
    await openSummary();
    const estimated = screen.getByRole('table', { name: /ikke publisert for årene i perioden/ });
    expect(within(estimated).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Regel for anslaget', 'År', 'Satser']);
    const rows = rowTexts(estimated);
    expect(rows).toContainEqual([
      '2024-satsen (sekundærkilde) + 0,7 % som enslig voksen år 1',
      '2026–2035',
      'Integreringstilskudd år 1, enslig voksen (AR-1 EV); Integreringstilskudd år 1, voksen i familie (AR-1); Integreringstilskudd år 1, enslig mindreårig; Eldretilskudd, engangs (ELDR); Barnehagetilskudd, engangs (BHT); Høye behov nivå 1, engangs (FHT1); Høye behov nivå 2, tak per år (FHT2); Persontilskudd, kollektiv beskyttelse (ett år)',
    ]);
    // The 2027 year-2 rate is the planner's own: year 2 goes in a group of its own, without 2027.
    const from2017 = '2017-satsen (bekreftet) + 3,3 % som enslig voksen år 1; ikke prisjustert 2023';
    expect(rows).toContainEqual([from2017, '2026, 2028–2035', 'Integreringstilskudd år 2 (AR-2)']);
    expect(rows).toContainEqual([from2017, '2026–2035', 'Integreringstilskudd år 3 (AR-3); Integreringstilskudd år 4 (AR-4)']);
    // Year 5 starts from NRK Sørlandet's 2018 figure; the threshold (not an integration line) takes no freeze.
    expect(rows).toContainEqual([
      '2018-satsen (sekundærkilde) + 2,4 % som enslig voksen år 1; ikke prisjustert 2023',
      '2026–2035',
      'Integreringstilskudd år 5 (AR-5)',
    ]);
    // The rule is in bokmål: no English marking, no programmer's key.
    expect(estimated.querySelector('[lang]')).toBeNull();
    expect(within(estimated).queryByText(/integration\.|minors\.|highNeeds\./)).toBeNull();
    const overrides = screen.getByRole('table', { name: 'Egne satser og hva-om' });
    expect(rowTexts(overrides)).toEqual([
      ['Integreringstilskudd år 2', '2027', '240 000 kr', 'Kommunens anslag'],
      ['Tillegg per person bosatt utover anmodningen', '', '25 000 kr', 'hva om'],
    ]);
  });

  it('given the default assumptions, then each is a readable row with its label, its value written out and «antakelse»', async () => {
    await openSummary();
    const assumptions = screen.getByRole('table', { name: 'Forutsetningene i scenariet' });
    const rows = rowTexts(assumptions);
    expect(rows).toContainEqual(['Voksne 60 år eller eldre', '3 %', 'antakelse']);
    expect(rows).toContainEqual(['Deltakere blant voksne 18–55 år', '85 %', 'antakelse']);
    expect(rows).toContainEqual(['Oppstart etter bosetting', '2 mnd.', 'antakelse']);
    expect(rows).toContainEqual([
      'Hvor lenge deltakerne er i programmet',
      '6 mnd. 10 %, 12 mnd. 20 %, 24 mnd. 45 %, 36 mnd. 20 %, 48 mnd. 5 %',
      'antakelse',
    ]);
    expect(rows).toContainEqual(['Flyttet ut til det ordinære boligmarkedet, etter botid år 1–5', '0 %, 10 %, 20 %, 30 %, 40 %', 'antakelse']);
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
    const estimated = screen.getByRole('table', { name: /not published for the years of the plan/ });
    const byG2024 = within(estimated)
      .getByRole('rowheader', { name: 'the 2024 rate (secondary source) + 0.7% as the year-1 single-adult rate' })
      .closest('tr')!;
    expect(within(byG2024).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '2026–2035',
      expect.stringMatching(/^Integration grant year 1, single adult \(AR-1 EV\); /),
    ]);
    const assumptions = screen.getByRole('table', { name: 'The assumptions of the scenario' });
    expect(rowTexts(assumptions)).toContainEqual(['Adults aged 60 or over', '3%', 'assumption']);
    expect(rowTexts(assumptions)).toContainEqual(['Start after settlement', '2 months', 'assumption']);
    expect(rowTexts(screen.getByRole('table', { name: 'Own rates and what-ifs' }))[1]).toEqual([
      'Bonus per person settled beyond the request',
      '',
      'NOK 25,000',
      'what if',
    ]);
    const appendix = screen.getByRole('region', { name: 'Appendix: What the plan rests on' });
    const perYear = within(appendix).getByRole('table', { name: /^Persons, request and decision/ });
    expect(rowTexts(perYear).find((cells) => cells[0] === 'Settled in total')?.slice(1, 3)).toEqual(['20', '0']);
    expect(within(appendix).getByText('The municipality has entered no costs of its own: every cost line is NOK 0.')).toBeInTheDocument();
  });

  it('given nynorsk chosen, then the appendix is in nynorsk', async () => {
    const { store } = await openSummary();
    act(() => store.getState().setLocale('nn'));
    const appendix = await screen.findByRole('region', { name: 'Vedlegg: Føresetnadene for planen' });
    const perYear = within(appendix).getByRole('table', { name: /^Personar, oppmoding og vedtak/ });
    expect(rowTexts(perYear).find((cells) => cells[0] === 'Busetjast i alt')?.slice(1, 3)).toEqual(['20', '0']);
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
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
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

  it('given a plan with a request, a decision, an order for dwellings and a cost, then the appendix lists them on a page of its own as the editor names them', async () => {
    const { store } = await openSummary();
    act(() => {
      const state = store.getState();
      state.setYearField(0, 'request', 25);
      state.setYearField(0, 'decision', 20);
      state.setYearField(1, 'programmePlaces', 12);
      state.editScenario((s) => ({
        ...s,
        housing: { ...s.housing, dwellingsAtStart: 6, pipeline: [{ year: 2026, month: 3, units: 4, leadTimeMonths: 10, acquired: true }] },
        costs: { ...s.costs, administrationPerYear: 900_000 },
      }));
    });
    const appendix = screen.getByRole('region', { name: 'Vedlegg: Planens forutsetninger' });
    const perYear = within(appendix).getByRole('table', { name: /^Personer, anmodning og vedtak/ });
    const row = (name: string) => rowTexts(perYear).find((cells) => cells[0] === name)?.slice(1, 4);
    expect(row('Voksne i familier')).toEqual(['20', '0', '0']);
    expect(row('Bosettes i alt')).toEqual(['20', '0', '0']);
    expect(row('IMDis anmodning')).toEqual(['25', '–', '–']);
    expect(row('Kommunestyrets vedtak')).toEqual(['20', '–', '–']);
    expect(row('Introduksjonsplasser')).toEqual(['–', '12', '–']);
    // 6 at start, 4 ordered in March 2026 with 10 months' lead: ready January 2027.
    expect(row('Nye boliger klare')).toEqual(['0', '4', '0']);
    expect(row('Boliger til disposisjon ved årets slutt')).toEqual(['6', '10', '10']);
    const orders = within(appendix).getByRole('table', { name: /^Bestilte boliger/ });
    expect(rowTexts(orders)).toEqual([['mars 2026', '4', '10', 'jan. 2027', 'ja']]);
    const costs = within(appendix).getByRole('table', { name: 'Kommunens egne beløp, i kroner' });
    expect(rowTexts(costs)).toEqual([['Administrasjon per år', '900 000 kr']]);
    expect(within(appendix).getByText(/^Ikke lagt inn \(0 kr\): Drift av introduksjonsprogrammet/)).toBeInTheDocument();
    expect(within(appendix).getByRole('table', { name: 'Forutsetningene i scenariet' })).toBeInTheDocument();
  });

  it('given the standard CSV dialect, when the budget is downloaded, then it is comma-separated and names its scenario and municipality first', async () => {
    const { user } = await openSummary();
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:test'), revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.selectOptions(screen.getByRole('combobox', { name: 'CSV-format' }), 'Standard CSV (komma)');
    await user.click(screen.getByRole('button', { name: 'Last ned budsjettet som CSV' }));
    // A byte-order mark first (EF BB BF), so that Excel reads æ, ø and å in this dialect too;
    // Blob.text() decodes UTF-8 and drops it.
    expect(Array.from(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blobs[0]!.text();
    // First the scenario and the municipality the budget is for, with the edition and the day, as the printed page names them.
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Scenario,Nytt scenario',
      'Kommune,"Trondheim - Tråante (Trøndelag), 5001"',
      expect.stringMatching(/^Dataversjon,\d{4}-\d\d$/),
      `Dato,${formatIsoDate(new Date())}`,
      '',
      'Linje,Kode,2026,2027,2028,2029,2030,2031,2032,2033,2034,2035,Anslått sats i',
    ]);
    expect(text).toMatch(/\n"Integreringstilskudd år 1, voksne i familier",AR-1,\d+,/);
    // The 20 adults' year-1 grant of 2026 rests on the estimated 2026 rate; the zeros after it on nothing.
    expect(text).toMatch(/\n"Integreringstilskudd år 1, voksne i familier",AR-1,3914760,0,0,0,0,0,0,0,0,0,2026\n/);
  });
});
