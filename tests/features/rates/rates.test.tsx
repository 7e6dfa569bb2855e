import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

const AR1_SINGLE = /enslige voksne AR-1 EV$/;
const rateTable = (year: number) => screen.getByRole('table', { name: `Satser for budsjettåret ${year}, kroner per person` });
const rateRow = (year: number, name: string | RegExp) => within(rateTable(year)).getByRole('row', { name });
const changes = () => screen.getByRole('region', { name: 'Dine endringer av satser' });

async function goTo(user: UserEvent, screenName: 'Satser' | 'Plan og prognose') {
  await user.click(within(screen.getByRole('navigation', { name: 'Skjermbilder' })).getByRole('link', { name: screenName }));
  // Every screen but the plan is loaded on first opening.
  await waitFor(() => expect(screen.queryByText('Laster skjermbildet …')).not.toBeInTheDocument());
}

async function tenSingleAdultsIn2026(user: UserEvent) {
  await findMunicipalityBox();
  await user.type(gridInput('Enslige voksne 2026'), '10');
}

beforeEach(() => {
  window.location.hash = '';
});

describe('rates with their provenance', { timeout: 60_000 }, () => {
  it('given the plan starts in 2026, then each rate shows its IMDi code, value, status and source, estimates marked ≈, and G per year', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await goTo(user, 'Satser');
    expect(screen.getByRole('combobox', { name: 'Budsjettår' })).toHaveValue('2026');
    const row = rateRow(2026, /^Integreringstilskudd år 1, enslig voksen/);
    expect(within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' '))).toEqual([
      'AR-1 EV',
      '≈anslått 242 760',
      'Anslått',
      '2024-satsen (sekundærkilde) + 0,7 % som enslig voksen år 1',
      'Endre Integreringstilskudd år 1, enslig voksen',
    ]);
    // The sources are data, each written in bokmål.
    expect(within(rateRow(2026, /^Ekstratilskudd per person utover anmodning/)).getByRole('cell', { name: /^ingen kjent sats for året/ })).toHaveTextContent(
      'ingen kjent sats for året: legg den inn hvis tilskuddet gis dette året',
    );
    expect(within(rateRow(2026, /^Enslige mindreårige, engangstilskudd/)).getByText('Avledet')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Budsjettår' }), '2027');
    expect(within(rateRow(2027, /^Integreringstilskudd år 1, enslig voksen/)).getByText(/243 594$/)).toBeInTheDocument();
    const g = screen.getByRole('table', { name: 'Grunnbeløpet G per år i planperioden, kroner' });
    expect(within(g).getAllByRole('row')).toHaveLength(11);
    expect(within(g).getByRole('row', { name: /^2026/ })).toHaveTextContent(/^2026136 549Bekreftet/);
    expect(within(within(g).getByRole('row', { name: /^2026/ })).getAllByRole('cell').at(-1)?.textContent).toBe(
      'NAV: «Grunnbeløpet i folketrygden», 1. mai 2026',
    );
    expect(within(within(g).getByRole('row', { name: /^2027/ })).getAllByRole('cell').at(-1)?.textContent).toBe(
      'anslått: G for 2026 framskrevet med antatt årlig vekst på 4,0\u00a0%',
    );
  });

  it('given 10 single adults in 2026, when AR-1 EV for 2026 is set to 250 000 kr, then the budget line is 2 500 000, the change is listed, and 2027 is re-based on it, and reverting brings back 2 427 600', async () => {
    const { user } = renderApp();
    await tenSingleAdultsIn2026(user);
    expect(budgetCell(AR1_SINGLE, 2026)).toHaveTextContent(/^≈anslått 2 427 600$/);
    await goTo(user, 'Satser');
    await user.click(screen.getByRole('button', { name: 'Endre Integreringstilskudd år 1, enslig voksen' }));
    const form = screen.getByRole('group', { name: 'Integreringstilskudd år 1, enslig voksen, 2026' });
    const value = within(form).getByRole('textbox', { name: 'Ny sats (kr)' });
    expect(value).toHaveFocus();
    expect(within(form).getByRole('textbox', { name: 'Kilde' })).toHaveValue('IMDi rundskriv 2026');
    await user.keyboard('-5{Enter}');
    expect(value).toHaveAccessibleDescription(/Kan ikke være negativt\.$/);
    await user.clear(value);
    await user.type(value, '250 000{Enter}');
    const row = rateRow(2026, /^Integreringstilskudd år 1, enslig voksen/);
    expect(row).toHaveTextContent(/250 000Lagt inn av degIMDi rundskriv 2026/);
    expect(within(changes()).getByRole('listitem')).toHaveTextContent(
      /^Integreringstilskudd år 1, enslig voksen, 2026: 250 000 kr \(IMDi rundskriv 2026\)/,
    );
    // 2027 now starts from the entered rate: 250 000 × 243 594 / 242 760 (the central index of
    // 2027 over 2026) = 250 858,9 → 250 859, in place of 243 594 from the 2024 rate.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Budsjettår' }), '2027');
    const next = rateRow(2027, /^Integreringstilskudd år 1, enslig voksen/);
    expect(within(next).getByText(/250 859$/)).toBeInTheDocument();
    expect(next).toHaveTextContent(/2026-satsen \(lagt inn av deg\) \+ 0,3\s% som enslig voksen år 1/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Budsjettår' }), '2026');
    await goTo(user, 'Plan og prognose');
    expect(budgetCell(AR1_SINGLE, 2026)).toHaveTextContent(/^2 500 000$/);
    await goTo(user, 'Satser');
    await user.click(within(changes()).getByRole('button', { name: /^Angre Integreringstilskudd år 1/ }));
    expect(within(changes()).queryByRole('listitem')).not.toBeInTheDocument();
    await goTo(user, 'Plan og prognose');
    expect(budgetCell(AR1_SINGLE, 2026)).toHaveTextContent(/^≈anslått 2 427 600$/);
  });

  it('given a column of twenty-one figures pasted for 2027, then every rate of 2027 is entered by the planner; a column with a bad figure changes nothing', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await goTo(user, 'Satser');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Budsjettår' }), '2027');
    const column = screen.getByRole('textbox', { name: 'Satser for 2027, ett tall per linje' });
    const figures = Array.from({ length: 21 }, (_, i) => String(100_000 + i * 1_000));
    await user.click(column);
    await user.paste(['250 000', ...figures.slice(1, 20), 'tusen'].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Bruk tallene' }));
    expect(column).toHaveAccessibleDescription(/Linje 21 \(Persontilskudd, kollektiv beskyttelse \(ett år\)\): «tusen»: Skriv et tall, for eksempel 12\. Ingenting er endret\.$/);
    expect(screen.getByText('Du har ikke endret noen satser eller lagt inn noen hva om-endringer.')).toBeInTheDocument();
    await user.clear(column);
    await user.click(column);
    await user.paste(['250 000', ...figures.slice(1)].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Bruk tallene' }));
    expect(screen.getByText('21 satser for 2027 er lagt inn.')).toHaveAttribute('role', 'status');
    expect(within(rateTable(2027)).getAllByText('Lagt inn av deg')).toHaveLength(21);
    expect(rateRow(2027, /^Integreringstilskudd år 1, enslig voksen/)).toHaveTextContent(/250 000Lagt inn av deg/);
    expect(within(changes()).getAllByRole('listitem')).toHaveLength(21);
    await user.click(within(changes()).getByRole('button', { name: 'Angre alle endringer av satser' }));
    expect(within(rateTable(2027)).queryByText('Lagt inn av deg')).not.toBeInTheDocument();
  });

  it('given 10 single adults in 2026, when a bonus of 10 000 kr per person above a request of 6 is entered here, then it is listed and the budget gets 40 000 kr', async () => {
    const { user } = renderApp();
    await tenSingleAdultsIn2026(user);
    await user.type(gridInput('IMDis anmodning 2026'), '6');
    await goTo(user, 'Satser');
    const bonus = screen.getByRole('textbox', { name: 'Tillegg per person bosatt utover anmodningen (kr)' });
    await user.tripleClick(bonus);
    await user.keyboard('10000');
    await user.tab();
    expect(within(changes()).getByRole('listitem')).toHaveTextContent(/^Tillegg per person utover anmodningen: 10 000 kr/);
    await goTo(user, 'Plan og prognose');
    // 10 settled − 6 requested = 4 persons × 10 000 kr.
    expect(budgetCell(/^Tillegg utover anmodning \(hva om\)$/, 2026)).toHaveTextContent(/^40 000$/);
  });
});
