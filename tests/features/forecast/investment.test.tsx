import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from '../render-app';

/** The cells of a table row by its header, NBSP as space. */
const cells = (table: HTMLElement, name: RegExp) =>
  within(within(table).getByRole('row', { name })).getAllByRole('cell').map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' '));

/**
 * 8 dwellings bought in March 2026, ready March 2027, at 3 500 000 kr; Husbanken's grant on in
 * zone «other» (680 000 kr a dwelling), 2026–2035:
 * 2027: acquisition 28 000 000, grant 5 440 000, net 22 560 000; every other year 0.
 */
function buyEight(store: ReturnType<typeof renderApp>['store'], husbankenGrant: boolean) {
  act(() =>
    store.getState().editScenario((s) => ({
      ...s,
      housing: { ...s.housing, pipeline: [{ year: 2026, month: 3, units: 8, leadTimeMonths: 12, acquired: true }], zone: 'other', husbankenGrant },
      costs: { ...s.costs, acquisitionCostPerUnit: 3_500_000 },
    })),
  );
}

describe('the investment budget on the plan and in print', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('given no dwellings bought, then the plan says the investment budget is 0 kr and how to add one', async () => {
    renderApp();
    await findMunicipalityBox();
    expect(screen.getByRole('heading', { name: 'Investeringsbudsjett' })).toBeInTheDocument();
    expect(screen.getByText(/^Ingen boliger kjøpes eller bygges i planen: investeringsbudsjettet er 0 kr\./)).toBeInTheDocument();
  });

  it('given 8 dwellings bought at 3 500 000 kr, then the plan shows 28 000 000 in 2027, and with Husbanken\'s grant 5 440 000 and a net of 22 560 000', async () => {
    const { store } = renderApp();
    await findMunicipalityBox();
    buyEight(store, false);
    const table = screen.getByRole('table', { name: /^Kjøp og bygging av boliger per år, i kroner/ });
    expect(cells(table, /^Kjøp og bygging av boliger/).slice(0, 2)).toEqual(['0', '28 000 000']);
    expect(cells(table, /^Netto investering/).slice(-2)).toEqual(['28 000 000', '28 000 000']);
    buyEight(store, true);
    expect(cells(table, /^Husbankens tilskudd/)[1]).toBe('5 440 000');
    expect(cells(table, /^Netto investering/)[1]).toBe('22 560 000');
    expect(screen.queryByText(/kostnaden per kjøpt eller bygd bolig er 0 kr/)).not.toBeInTheDocument();
  });

  it('given 8 dwellings marked bought and no cost per dwelling, then the plan says so', async () => {
    const { store } = renderApp();
    await findMunicipalityBox();
    buyEight(store, false);
    act(() => store.getState().editScenario((s) => ({ ...s, costs: { ...s.costs, acquisitionCostPerUnit: 0 } })));
    expect(screen.getByText('8 boliger er merket kjøpt eller bygget, men kostnaden per kjøpt eller bygd bolig er 0 kr.')).toBeInTheDocument();
  });

  it('given no dwellings bought, then the print says under the yearly table that the investment budget is 0 kr', async () => {
    renderApp();
    await findMunicipalityBox();
    window.location.hash = '#/utskrift';
    await screen.findByRole('heading', { name: /^Budsjettsammendrag/ }, { timeout: 10_000 });
    expect(screen.getByText(/Planen kjøper eller bygger ingen boliger: investeringsbudsjettet er 0 kr\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Investeringsbudsjett' })).not.toBeInTheDocument();
  });

  it('given 8 dwellings bought with Husbanken\'s grant, then the print shows the investment budget in thousands: 28 000, 5 440 and 22 560 in 2027', async () => {
    const { store } = renderApp();
    await findMunicipalityBox();
    buyEight(store, true);
    window.location.hash = '#/utskrift';
    const table = await screen.findByRole('table', { name: /^Investeringsbudsjett per år, i 1\s000 kr/ }, { timeout: 10_000 });
    expect(cells(table, /^Kjøp og bygging/).slice(0, 2)).toEqual(['0', '28 000']);
    expect(cells(table, /^Husbankens/)[1]).toBe('5 440');
    expect(cells(table, /^Netto investering/)[1]).toBe('22 560');
  });
});
