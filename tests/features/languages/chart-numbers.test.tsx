import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { chartsInView } from '../../in-view';

const NBSP = '\u00a0';

const languagePicker = () => screen.getByRole('combobox', { name: 'Språk / Language' });

/** The forecast's charts in order: grants, budget, residence, housing, programme. */
const figureOf = (index: number) => screen.getAllByRole('figure')[index]!;
const chartTitle = (figure: HTMLElement) => within(figure).getAllByRole('heading')[0]?.textContent;
const axisTicks = (figure: HTMLElement) => [...figure.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent);

/** The cells of a table row (header first), found by its row header. */
function rowCells(table: HTMLElement, header: string): string[] {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr')!;
  return [within(row).getByRole('rowheader').textContent ?? '', ...within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '')];
}

describe('chart numbers follow the language', { timeout: 90_000 }, () => {
  it('given English chosen, then the forecast charts’ titles, tables and axes write 1,234 and Mar 2027, and bokmål again writes 1 234 and mars 2027', async () => {
    chartsInView();
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '1234');

    await user.selectOptions(languagePicker(), 'English');
    // English is loaded when chosen; bokmål shows until it is there.
    await within(screen.getByRole('navigation')).findByRole('link', { name: 'Plan and forecast' });

    // The residence chart (the third figure): persons by year of residence.
    const residence = figureOf(2);
    expect(chartTitle(residence)).toBe('Most persons in the grant years (years of residence 1–5) in 2028: 1,604');
    await user.click(within(residence).getByText('Show the figures as a table'));
    const persons = within(residence).getByRole('table', { name: 'Persons in the municipality by year of residence, per year' });
    expect(rowCells(persons, '2026')).toEqual(['2026', '1,234', '0', '0', '0', '0', '1,234', '0', '1,234']);
    expect(rowCells(persons, '2028')).toEqual(['2028', '185', '185', '1,234', '0', '0', '1,604', '0', '1,604']);
    // Round ticks: a step of 500 up to 2,000 for a highest bar of 1,604.
    await waitFor(() => expect(axisTicks(residence)).toEqual(expect.arrayContaining(['1,500', '2,000'])));

    // The housing chart (the fourth figure): dwellings by month.
    const housing = figureOf(3);
    expect(chartTitle(housing)).toBe('Dwellings fall short from Jan 2026, 1,234 households at the worst');
    await user.click(within(housing).getByText('Show the figures as a table'));
    const dwellings = within(housing).getByRole('table', { name: 'Dwellings needed and dwellings available, per month' });
    expect(rowCells(dwellings, 'Mar 2026')).toEqual(['Mar 2026', '309', '0', '309', '0']);
    expect(within(dwellings).getByRole('rowheader', { name: 'Mar 2027' })).toBeInTheDocument();
    expect(within(dwellings).queryByRole('rowheader', { name: 'mars 2027' })).toBeNull();
    await waitFor(() => expect(axisTicks(housing)).toEqual(expect.arrayContaining(['Jan 2027', '1,000', '1,500'])));

    // The grant chart's title: millions of kroner in English.
    expect(chartTitle(figureOf(0))).toBe(`Grants peak in 2027 at NOK${NBSP}375.1${NBSP}million`);

    // Back to bokmål: the memoised axes take the bokmål formatters again.
    await user.selectOptions(languagePicker(), 'Bokmål');
    await within(screen.getByRole('navigation')).findByRole('link', { name: 'Plan og prognose' });
    const tabell = within(figureOf(2)).getByRole('table', { name: 'Personer i kommunen etter botid, per år' });
    expect(rowCells(tabell, '2026')).toEqual(['2026', `1${NBSP}234`, '0', '0', '0', '0', `1${NBSP}234`, '0', `1${NBSP}234`]);
    expect(within(figureOf(3)).getByRole('rowheader', { name: 'mars 2027' })).toBeInTheDocument();
    await waitFor(() => expect(axisTicks(figureOf(3))).toEqual(expect.arrayContaining(['jan. 2027', `1${NBSP}000`])));
    expect(chartTitle(figureOf(0))).toBe(`Tilskuddene topper seg i 2027 med 375,1${NBSP}mill.${NBSP}kr`);
  });
});
