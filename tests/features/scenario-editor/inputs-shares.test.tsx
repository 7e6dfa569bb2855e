import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { field, openSection, retype } from './inputs-queries';

const ELDERLY = /^Eldretilskudd ELDR$/;

beforeEach(() => {
  window.location.hash = '';
});

describe('composition, minors and family inputs', { timeout: 60_000 }, () => {
  it('given 10 adults in families in 2026, when 120 % is entered as the share aged 60+, then it is refused beside the field and the elderly grant keeps 54 553', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Voksne i familier 2026'), '10');
    // 10 adults × 3 % (the default) × 181 843 kr (2026, estimated) = 54 552,9 → 54 553.
    expect(budgetCell(ELDERLY, 2026)).toHaveTextContent(/^≈anslått 54 553$/);
    await openSection(user, 'Sammensetning');
    const share = field('Voksne 60 år eller eldre (%)');
    expect(share).toHaveAccessibleDescription(/^Andel av de voksne\. Gir eldretilskudd\. Standard: 3\s%\. Antakelse$/);
    await retype(user, share, '120');
    expect(share).toHaveValue('120');
    expect(share).toHaveAttribute('aria-invalid', 'true');
    expect(share).toHaveAccessibleDescription(/Skriv en prosent fra 0 til 100\.$/);
    expect(budgetCell(ELDERLY, 2026)).toHaveTextContent(/^≈anslått 54 553$/);
  });

  it('given the share aged 60+ changed to 10 %, when "Tilbakestill" is pressed, then the default 3 % and the elderly grant of 54 553 come back', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Voksne i familier 2026'), '10');
    await openSection(user, 'Sammensetning');
    const reset = screen.getByRole('button', { name: 'Tilbakestill Sammensetning' });
    expect(reset).toBeDisabled();
    await retype(user, field('Voksne 60 år eller eldre (%)'), '10');
    // 10 adults × 10 % × 181 843 kr.
    expect(budgetCell(ELDERLY, 2026)).toHaveTextContent(/^≈anslått 181 843$/);
    expect(screen.getByRole('button', { name: /^Sammensetning endret$/ })).toBeInTheDocument();
    await user.click(reset);
    expect(field('Voksne 60 år eller eldre (%)')).toHaveValue('3');
    expect(budgetCell(ELDERLY, 2026)).toHaveTextContent(/^≈anslått 54 553$/);
    expect(reset).toBeDisabled();
  });

  it('given 3 minors in 2026, when all are 15 at settlement, then 16 and 17 fall to 0 % and the young band runs two years; half aged 8 leaves 15 at 50 %', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige mindreårige 2026'), '3');
    await openSection(user, 'Enslige mindreårige');
    expect(field('15 år (%)')).toHaveValue('33,33');
    expect(field('6 år (%)')).toHaveValue('0');
    await retype(user, field('15 år (%)'), '100');
    expect(field('16 år (%)')).toHaveValue('0');
    expect(field('17 år (%)')).toHaveValue('0');
    // All three turn 16 in 2027: the young band in 2027 is 3 × 1 133 448 kr (2027, estimated).
    expect(budgetCell(/fyller 16 EMINB$/, 2027)).toHaveTextContent(/^≈anslått 3 400 344$/);
    await retype(user, field('8 år (%)'), '50');
    expect(field('15 år (%)')).toHaveValue('50');
    // Aged 9 and 16 in 2027: all three still on the young band.
    expect(budgetCell(/fyller 16 EMINB$/, 2027)).toHaveTextContent(/^≈anslått 3 400 344$/);
    await retype(user, field('8 år (%)'), '120');
    expect(field('8 år (%)')).toHaveAccessibleDescription(/Skriv en prosent fra 0 til 100\.$/);
    expect(field('15 år (%)')).toHaveValue('50');
  });

  it('given 3 minors settled in 2026, when the grant is paid for the full settlement year, then the young band in 2026 is 2 × 1 129 567 kr', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige mindreårige 2026'), '3');
    await openSection(user, 'Enslige mindreårige');
    // Arrivals even over the year, paid from the month of settlement: about 78/144 of 2 × 1 129 567,
    // summed by the engine month by month and rounded once: 1 223 698.
    expect(budgetCell(/fyller 16 EMINB$/, 2026)).toHaveTextContent(/^≈anslått 1 223 698$/);
    await user.click(screen.getByRole('radio', { name: 'For hele året' }));
    expect(budgetCell(/fyller 16 EMINB$/, 2026)).toHaveTextContent(/^≈anslått 2 259 134$/);
  });

  it('given 10 single adults in 2026, when 1 person per single adult is reunified instead of 0,3, then the 2027 children line grows from 147 308 to 491 028', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    // 0,3 × 10 = 3 reunified, half in 2027, half of them children: 0,75 × 196 411 kr.
    expect(budgetCell(/år 1, barn AR-1 B$/, 2027)).toHaveTextContent(/^≈anslått 147 308$/);
    await openSection(user, 'Familiegjenforening');
    await retype(user, field('Gjenforente per bosatt enslig voksen'), '1');
    // 10 reunified, 5 in 2027, 2,5 children × 196 411 kr.
    expect(budgetCell(/år 1, barn AR-1 B$/, 2027)).toHaveTextContent(/^≈anslått 491 028$/);
    await retype(user, field('Gjenforente per bosatt enslig voksen'), '-1');
    expect(field('Gjenforente per bosatt enslig voksen')).toHaveAccessibleDescription(/Kan ikke være negativt\.$/);
    expect(budgetCell(/år 1, barn AR-1 B$/, 2027)).toHaveTextContent(/^≈anslått 491 028$/);
  });
});
