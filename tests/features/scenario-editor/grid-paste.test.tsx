import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { openSection } from './inputs-queries';

beforeEach(() => {
  window.location.hash = '';
});

describe('pasting a row into a grid', { timeout: 60_000 }, () => {
  it('given "10\\t12\\t14" pasted into the first cell of the single adults row, then 2026, 2027 and 2028 get 10, 12 and 14', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.click(gridInput('Enslige voksne 2026'));
    await user.paste('10\t12\t14');
    expect(gridInput('Enslige voksne 2026')).toHaveValue('10');
    expect(gridInput('Enslige voksne 2027')).toHaveValue('12');
    expect(gridInput('Enslige voksne 2028')).toHaveValue('14');
    expect(gridInput('Enslige voksne 2029')).toHaveValue('');
    // 12 single adults × 243 594 kr (AR-1 EV 2027, estimated by the year-1 growth rule).
    expect(budgetCell(/enslige voksne AR-1 EV$/, 2027)).toHaveTextContent(/^≈anslått 2 923 128$/);
  });

  it('given a pasted row with -3 in it, then nothing changes and the message beside the cell says which value and why', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    const first = gridInput('Barn 2026');
    await user.click(first);
    await user.paste('10;-3;14');
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription('Innlimingen ble avvist: «-3» (2027): Kan ikke være negativt. Ingenting er endret.');
    expect(first).toHaveValue('');
    expect(gridInput('Barn 2028')).toHaveValue('');
    expect(screen.queryByRole('rowheader', { name: /år 1, barn/ })).not.toBeInTheDocument();
  });

  it('given a semicolon row with thousands spaces, then it fills from the cell it is pasted into; a row longer than the years left is refused', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.click(gridInput('IMDis anmodning 2033'));
    await user.paste('1 200; 30;\u00a025\r\n');
    expect(gridInput('IMDis anmodning 2033')).toHaveValue('1200');
    expect(gridInput('IMDis anmodning 2035')).toHaveValue('25');
    await user.click(gridInput('Kommunestyrets vedtak 2034'));
    await user.paste('5\t6\t7');
    expect(gridInput('Kommunestyrets vedtak 2034')).toHaveAccessibleDescription(
      'Du limte inn 3 tall, men raden har bare plass til 2 fra denne cellen. Ingenting er endret.',
    );
    expect(gridInput('Kommunestyrets vedtak 2035')).toHaveValue('');
  });

  it('given a total row pasted, then each year is split 30 / 35 / 35', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.click(gridInput('Enslige voksne og familier i alt 2026'));
    await user.paste('10\t20');
    expect(gridInput('Enslige voksne 2026')).toHaveValue('3');
    expect(gridInput('Voksne i familier 2027')).toHaveValue('7');
  });

  it('given twelve month weights with decimal commas pasted into January, then every month takes its share; a paste of only zeros is refused', async () => {
    const { user } = renderApp();
    await openSection(user, 'Bosetting gjennom året');
    await user.click(screen.getByRole('textbox', { name: 'Vekt januar' }));
    await user.paste('2,5\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t2,5');
    expect(screen.getByRole('textbox', { name: 'Vekt desember' })).toHaveValue('2,5');
    const shares = screen.getByRole('row', { name: /^Andel/ });
    expect(shares).toHaveTextContent(/^Andel50\s%(0\s%){10}50\s%$/);
    await user.click(screen.getByRole('textbox', { name: 'Vekt januar' }));
    await user.paste('0;0');
    // January and February at 0 would still leave December: allowed. Now all twelve:
    await user.paste('0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
    expect(screen.getByRole('textbox', { name: 'Vekt januar' })).toHaveAccessibleDescription(
      'Minst én måned må ha vekt over 0. Ingenting er endret.',
    );
    expect(screen.getByRole('textbox', { name: 'Vekt desember' })).toHaveValue('2,5');
  });
});
