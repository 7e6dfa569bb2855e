import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

const NBSP = '\u00a0';

const languagePicker = () => screen.getByRole('combobox', { name: 'Språk / Language' });
const navLinks = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('link')
    .map((link) => link.textContent);

/** The amounts of the summary table (economy plan and whole period), found by its caption. */
function summaryAmounts(caption: RegExp): string[] {
  const summary = screen.getByRole('table', { name: caption });
  return within(summary)
    .getAllByRole('row')
    .slice(1)
    .flatMap((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
}

describe('languages', { timeout: 60_000 }, () => {
  it('given no choice made, then the app speaks bokmål, html[lang] is nb and the picker offers the three languages', async () => {
    renderApp();
    await findMunicipalityBox();
    expect(languagePicker()).toHaveValue('nb');
    expect(within(languagePicker()).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bokmål', 'Nynorsk', 'English']);
    expect(navLinks()).toContain('Plan og prognose');
    expect(document.documentElement.lang).toBe('nb');
  });

  it('given English chosen, then the nav labels and the money in the budget summary change, and stay so after a reload', async () => {
    const { user, unmount } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    const norwegian = summaryAmounts(/økonomiplanen og hele perioden/);
    expect(norwegian.some((amount) => new RegExp(`\\d{1,3}(${NBSP}\\d{3})+${NBSP}kr$`).test(amount))).toBe(true);

    await user.selectOptions(languagePicker(), 'English');
    // English is loaded when chosen; bokmål shows until it is there.
    await within(screen.getByRole('navigation')).findByRole('link', { name: 'Plan and forecast' });

    expect(navLinks()).toEqual(expect.arrayContaining(['Plan and forecast', 'Rates', 'Predictability']));
    expect(navLinks()).not.toContain('Plan og prognose');
    const english = summaryAmounts(/^Grants, costs and net for the economy plan and the whole period$/);
    expect(english.some((amount) => new RegExp(`NOK${NBSP}\\d{1,3}(,\\d{3})+$`).test(amount))).toBe(true);
    expect(english.every((amount) => !amount.endsWith('kr'))).toBe(true);
    expect(document.documentElement.lang).toBe('en');

    unmount();
    renderApp();
    await screen.findByRole('combobox', { name: 'Municipality' });
    expect(languagePicker()).toHaveValue('en');
    expect(navLinks()).toContain('Plan and forecast');
    expect(summaryAmounts(/^Grants, costs and net for the economy plan and the whole period$/)).toEqual(english);
    expect(document.documentElement.lang).toBe('en');
  });

  it('given nynorsk chosen, then the screen speaks nynorsk and money keeps the Norwegian form', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    const bokmal = summaryAmounts(/økonomiplanen og hele perioden/);

    await user.selectOptions(languagePicker(), 'Nynorsk');
    await within(screen.getByRole('navigation')).findByRole('link', { name: 'Satsar' });

    expect(navLinks()).toEqual(expect.arrayContaining(['Plan og prognose', 'Satsar', 'Føreseielegheit']));
    expect(screen.getByRole('heading', { name: 'Føresetnader' })).toBeInTheDocument();
    expect(summaryAmounts(/økonomiplanen og heile perioden/)).toEqual(bokmal);
    expect(document.documentElement.lang).toBe('nn');
  });
});
