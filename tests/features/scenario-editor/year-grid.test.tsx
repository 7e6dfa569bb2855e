import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

const AR1_SINGLE = /^Integreringstilskudd år 1, enslige voksne AR-1 EV$/;

async function startIn2017(user: UserEvent) {
  await findMunicipalityBox();
  const startYear = screen.getByRole('spinbutton', { name: 'Første planår' });
  await user.clear(startYear);
  await user.type(startYear, '2017');
}

describe('year grid', { timeout: 45_000 }, () => {
  it('given the plan starts in 2017, when 10 single adults are entered for 2017, then the AR-1 EV line shows 2 350 000 kr in 2017', async () => {
    const { user } = renderApp();
    await startIn2017(user);
    await user.type(gridInput('Enslige voksne 2017'), '10');
    expect(budgetCell(AR1_SINGLE, 2017)).toHaveTextContent(/^2 350 000$/);
  });

  it('given 10 single adults in 2017, when -3 is typed instead, then the error is shown beside the field and the budget keeps 10', async () => {
    const { user } = renderApp();
    await startIn2017(user);
    const field = gridInput('Enslige voksne 2017');
    await user.type(field, '10');
    // The planner selects the 10 and types over it (clearing first would store 0 on the way).
    await user.type(field, '-3', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    expect(field).toHaveValue('-3');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Kan ikke være negativt.');
    expect(budgetCell(AR1_SINGLE, 2017)).toHaveTextContent(/^2 350 000$/);
  });

  it('given a fractional or non-numeric entry, then each gets its own message and nothing is stored', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    const field = gridInput('Barn 2026');
    await user.type(field, '2,5');
    expect(field).toHaveAccessibleDescription('Må være et helt antall.');
    await user.clear(field);
    await user.type(field, 'mange');
    expect(field).toHaveAccessibleDescription('Skriv et tall, for eksempel 12.');
    expect(screen.queryByRole('rowheader', { name: /Integreringstilskudd år 1, barn/ })).not.toBeInTheDocument();
  });

  it('given Herøy in Nordland (1 842 inhabitants), when 2 000 persons are entered, then a warning says so but the value is kept', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'herøy');
    await user.click(screen.getByRole('option', { name: /^Herøy, Nordland/ }));
    const field = gridInput('Voksne i familier 2026');
    await user.type(field, '2000');
    expect(field).toHaveAttribute('aria-invalid', 'false');
    expect(field).toHaveAccessibleDescription(/^Mer enn kommunens folketall \(1\s842\)\. Stemmer tallet\?$/);
    expect(screen.getByRole('rowheader', { name: /voksne i familier AR-1$/ })).toBeInTheDocument();
  });

  it('given a total of 10 for 2026, then it is split 3 / 4 / 3 into single adults, adults in families and children', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne og familier i alt 2026'), '10');
    expect(gridInput('Enslige voksne 2026')).toHaveValue('3');
    expect(gridInput('Voksne i familier 2026')).toHaveValue('4');
    expect(gridInput('Barn 2026')).toHaveValue('3');
  });

  it('given persons in 2030, when the horizon shrinks to 3 years and grows back to 10, then the 2030 entry comes back', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Barn 2030'), '7');
    const horizon = screen.getByRole('spinbutton', { name: 'Antall år' });
    await user.clear(horizon);
    await user.type(horizon, '3');
    expect(screen.queryByRole('textbox', { name: 'Barn 2030' })).not.toBeInTheDocument();
    expect(screen.getByText(/Tallene for 2 år etter perioden er tatt vare på/)).toBeInTheDocument();
    await user.clear(horizon);
    await user.type(horizon, '10');
    expect(gridInput('Barn 2030')).toHaveValue('7');
  });
});
