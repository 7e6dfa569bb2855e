import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAt } from '../scenarios/scenarios-queries';
import { cellsByYear, findDifferenceTable, measureRow, twoOn2017 } from './compare-store';
import { chartsInView } from '../../in-view';

const NBSP = '\u00a0';
const n = (text: string) => text.replace(/ /g, NBSP);

afterEach(() => {
  window.location.hash = '';
});

describe('the comparison of scenarios', { timeout: 30_000 }, () => {
  it('given two scenarios on 2017 that differ by 10 single adults, then the table shows the baseline and +2 350 000 kr income in 2017 (AR-1 EV 235 000 each)', async () => {
    renderAt('sammenlign', twoOn2017());
    await findDifferenceTable();

    const baseIncome = cellsByYear(measureRow('Tilskudd, kr', /^Basis 2017/));
    expect(baseIncome['2017']).toBe(n('4 700 000'));
    expect(within(measureRow('Tilskudd, kr', /^Basis 2017/)).getByRole('rowheader')).toHaveTextContent('Basis');

    const income = cellsByYear(measureRow('Tilskudd, kr', /^Ti flere/));
    expect(income['2017']).toBe(n('+2 350 000'));
    expect(cellsByYear(measureRow('Kostnader, kr', /^Ti flere/))['2017']).toBe('0');
    expect(cellsByYear(measureRow('Netto, kr', /^Ti flere/))['2017']).toBe(n('+2 350 000'));
    expect(cellsByYear(measureRow('Bosatte, personer', /^Basis 2017/))['2017']).toBe('20');
    expect(cellsByYear(measureRow('Bosatte, personer', /^Ti flere/))['2017']).toBe('+10');
    // No dwellings entered: every household is short of one by December (one per single adult).
    expect(cellsByYear(measureRow('Husstander uten bolig, verste måned', /^Basis 2017/))['2017']).toBe('20');
    expect(cellsByYear(measureRow('Husstander uten bolig, verste måned', /^Ti flere/))['2017']).toBe('+10');
    expect(cellsByYear(measureRow('Venter på introduksjonsplass, verste måned', /^Ti flere/))['2017']).toBe('0');
    expect(Object.keys(income)).toEqual(['2017', '2018', '2019', '2020']);
  });

  it('given the screen opens, then the baseline and the current scenario are chosen and shown side by side, the baseline marked', async () => {
    renderAt('sammenlign', twoOn2017());
    await findDifferenceTable();
    expect(screen.getByRole('checkbox', { name: 'Basis 2017 (basis)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Ti flere' })).toBeChecked();

    const overview = screen.getByRole('table', { name: 'De valgte scenarioene side om side' });
    const heads = within(overview).getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads).toEqual(['Basis 2017 Basis', 'Ti flere']);
    const settled = within(overview).getByRole('rowheader', { name: 'Kommune' }).closest('tr')!;
    expect(within(settled).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Kongsberg', 'Kongsberg']);
    expect(screen.queryByText(/ulike perioder/)).not.toBeInTheDocument();
  });

  it('given scenarios with different start years and municipalities, then they are aligned by calendar year, years outside a period are dashes, and the screen says so', async () => {
    const store = twoOn2017();
    const s = () => store.getState();
    s().setStartYear(2019);
    s().setMunicipality('5501');
    renderAt('sammenlign', store);
    await findDifferenceTable();

    const income = cellsByYear(measureRow('Tilskudd, kr', /^Ti flere/));
    expect(Object.keys(income)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(income['2017']).toBe('–utenfor perioden');
    expect(income['2022']).toBe('–utenfor perioden');
    expect(cellsByYear(measureRow('Tilskudd, kr', /^Basis 2017/))['2021']).toBe('–utenfor perioden');
    expect(screen.getByText(/^Scenarioene har ulike perioder \(«Basis 2017» 2017–2020, «Ti flere» 2019–2022\)\. De er stilt opp etter kalenderår/)).toBeInTheDocument();
    expect(screen.getByText('Scenarioene gjelder ulike kommuner (Kongsberg, Tromsø). Forskjellene skyldes også at kommunene er ulike.')).toBeInTheDocument();
  });

  it('given checkboxes, when a third and fourth are chosen, then a fifth is disabled, and below two the screen asks for two', async () => {
    const store = twoOn2017();
    for (const name of ['C', 'D', 'E']) store.getState().duplicateScenario('s1', name);
    store.getState().switchScenario('s2');
    const { user } = renderAt('sammenlign', store);
    await findDifferenceTable();
    await user.click(screen.getByRole('checkbox', { name: 'C' }));
    await user.click(screen.getByRole('checkbox', { name: 'D' }));
    expect(screen.getByRole('checkbox', { name: 'E' })).toBeDisabled();
    expect(screen.getByText('Du har valgt fire, som er det meste. Fjern ett for å velge et annet.')).toBeInTheDocument();
    const overview = screen.getByRole('table', { name: 'De valgte scenarioene side om side' });
    expect(within(overview).getAllByRole('columnheader')).toHaveLength(4);
    expect(screen.getAllByRole('figure')).toHaveLength(2);

    for (const name of ['C', 'D', 'Ti flere']) await user.click(screen.getByRole('checkbox', { name }));
    const status = screen.getAllByRole('status').find((r) => r.classList.contains('compare-status'));
    expect(status).toHaveTextContent('Velg minst to scenarioer for å sammenligne.');
    expect(screen.queryByRole('table', { name: /^Basis per år/ })).not.toBeInTheDocument();
  });

  it('given the baseline left out, then the differences are against the first chosen, marked «Referanse», and the screen says so', async () => {
    const store = twoOn2017();
    store.getState().duplicateScenario('s1', 'Tredje');
    store.getState().switchScenario('s2');
    const { user } = renderAt('sammenlign', store);
    await findDifferenceTable();
    await user.click(screen.getByRole('checkbox', { name: 'Tredje' }));
    await user.click(screen.getByRole('checkbox', { name: 'Basis 2017 (basis)' }));
    expect(screen.getByText(/^Ingen av de valgte scenarioene er basis, så forskjellene er regnet mot «Ti flere»/)).toBeInTheDocument();
    expect(within(measureRow('Tilskudd, kr', /^Ti flere/)).getByRole('rowheader')).toHaveTextContent('Referanse');
    expect(cellsByYear(measureRow('Tilskudd, kr', /^Tredje/))['2017']).toBe(n('−2 350 000'));
  });

  it('given only one scenario, then the screen says there is nothing to compare with', async () => {
    renderAt('sammenlign');
    expect(await screen.findByText(/^Du har bare ett scenario/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('given the charts, then each states its finding and holds one line per chosen scenario', async () => {
    chartsInView();
    const { user } = renderAt('sammenlign', twoOn2017());
    await findDifferenceTable();
    const [net, cumulative] = screen.getAllByRole('figure');
    expect(within(net!).getByRole('heading')).toHaveTextContent(/^Størst forskjell i netto fra basis: «Ti flere» i 20\d\d, \+\d+,\d\smill\.\skr$/);
    expect(within(cumulative!).getByRole('heading')).toHaveTextContent(/^«Ti flere» ender med høyest akkumulert netto: \d+,\d\smill\.\skr i 2020$/);
    // Recharts draws its lines a tick after the figure and its title are in the page.
    await waitFor(() => expect(net!.querySelectorAll('.recharts-line')).toHaveLength(2));

    await user.click(within(net!).getByText('Vis tallene som tabell'));
    const table = within(net!).getByRole('table', { name: 'Netto per år for hvert scenario, i kroner' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['År', 'Basis 2017 (basis)', 'Ti flere']);
    const row2017 = within(table).getByRole('rowheader', { name: '2017' }).closest('tr')!;
    expect(within(row2017).getAllByRole('cell').map((c) => c.textContent)).toEqual([n('4 700 000'), n('7 050 000')]);
  });
});
