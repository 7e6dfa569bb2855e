import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { field, openSection, retype } from './inputs-queries';

beforeEach(() => {
  window.location.hash = '';
});

const kroner = (cell: HTMLElement) => Number((cell.textContent ?? '').replace(/[^\d]/g, ''));

describe('persons who leave', { timeout: 60_000 }, () => {
  it('given 10 single adults in 2026, when 20 % leave after year of residence 1, then AR-2 of 2027 is paid for 8 of the 10, and 120 % is refused', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    const before = kroner(budgetCell(/^Integreringstilskudd år 2 AR-2$/, 2027));
    await openSection(user, 'Flytter fra kommunen');
    await retype(user, field('Flytter etter botid år 1 (%)'), '20');
    // 8 × the 2027 year-2 rate, each line rounded once: within 1 kr of 0,8 × the amount for 10.
    const after = kroner(budgetCell(/^Integreringstilskudd år 2 AR-2$/, 2027));
    expect(Math.abs(after - 0.8 * before)).toBeLessThanOrEqual(1);
    expect(screen.getByRole('button', { name: /^Flytter fra kommunen endret$/ })).toBeInTheDocument();
    await retype(user, field('Flytter etter botid år 2 (%)'), '120');
    expect(field('Flytter etter botid år 2 (%)')).toHaveAccessibleDescription(/Skriv en prosent fra 0 til 100\.$/);
  });
});
