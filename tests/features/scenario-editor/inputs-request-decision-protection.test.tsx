import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { field, openSection, retype } from './inputs-queries';

beforeEach(() => {
  window.location.hash = '';
});

const kroner = (cell: HTMLElement) => Number((cell.textContent ?? '').replace(/[^\d]/g, ''));
const NORWEGIAN_TRAINING = /^Persontilskudd, opplæring i norsk og samfunnskunnskap/;

describe('the flows entered beside the request and the decision, and collective protection', { timeout: 120_000 }, () => {
  /**
   * 10 single adults in 2026 (3 % aged 60+, so 9,7 adults under 60), half on the high rate;
   * 2026 rates of public/data/rates.json: low 55 633, high 144 749, collective protection 48 733.
   *
   * | under collective protection | arithmetic                                                     | 2026    |
   * |-----------------------------|----------------------------------------------------------------|---------|
   * | 0 %                         | 9,7 × (½ × 144 749 + ½ × 55 633) / 3 = 9,7 × 33 397            | 323 951 |
   * | 40 %                        | 5,82 × 33 397 + 3,88 × 48 733 = 194 370,54 + 189 084,04        | 383 455 |
   */
  it('given 10 single adults in 2026, when 40 % are under collective protection, then the Norwegian-training grant of 2026 goes from 323 951 to 383 455 kr', async () => {
    const { user, store } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    expect(kroner(budgetCell(NORWEGIAN_TRAINING, 2026))).toBe(323_951);
    await openSection(user, 'Sammensetning');
    await retype(user, field('Voksne med kollektiv beskyttelse (%)'), '40');
    expect(store.getState().scenario.composition.adultsCollectiveProtection).toBe(0.4);
    expect(kroner(budgetCell(NORWEGIAN_TRAINING, 2026))).toBe(383_455);
    await retype(user, field('Voksne med kollektiv beskyttelse (%)'), '140');
    expect(field('Voksne med kollektiv beskyttelse (%)')).toHaveAccessibleDescription(/Skriv en prosent fra 0 til 100\.$/);
  });

  /**
   * 10 settled in 2026, a request of 6 and a what-if bonus of 10 000 kr per person above it
   * (2026 has no official extra grant, so the bonus shows which request is counted from):
   *
   * | revised request | counted from | above | bonus                |
   * |-----------------|--------------|-------|----------------------|
   * | —               | 6            | 4     | 4 × 10 000 = 40 000  |
   * | 8               | 8            | 2     | 2 × 10 000 = 20 000  |
   */
  it('given 10 single adults in 2026, a request of 6 and a bonus of 10 000 kr above it, when the request is revised to 8 in the year, then the bonus goes from 40 000 to 20 000 kr', async () => {
    const { user, store } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    await user.type(gridInput('IMDis anmodning 2026'), '6');
    await openSection(user, 'Hva om');
    await retype(user, field('Tillegg per person bosatt utover anmodningen (kr)'), '10000');
    expect(budgetCell(/^Tillegg utover anmodning \(hva om\)$/, 2026)).toHaveTextContent(/^40 000$/);
    await user.type(gridInput('Revidert anmodning i året 2026'), '8');
    await user.tab();
    expect(store.getState().scenario.years[0]?.revisedRequest).toBe(8);
    expect(budgetCell(/^Tillegg utover anmodning \(hva om\)$/, 2026)).toHaveTextContent(/^20 000$/);
  });

  /**
   * 10 single adults in 2026 and a decision of 8:
   *
   * | up to | most allowed      | beyond the decision |
   * |-------|-------------------|---------------------|
   * | 0 %   | 8                 | 2                   |
   * | 20 %  | ⌊8 × 1,2⌋ = ⌊9,6⌋ = 9 | 1               |
   * | 25 %  | 8 × 1,25 = 10     | 0                   |
   */
  it('given 10 single adults in 2026 and a decision of 8, when up to 20 % and then 25 % more is decided, then 2, then 1, then no one is beyond the decision; 120 % is refused naming the field', async () => {
    const { user, store } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    await user.type(gridInput('Kommunestyrets vedtak 2026'), '8');
    await user.tab();
    expect(gridInput('Kommunestyrets vedtak 2026')).toHaveAccessibleDescription('Planen bosetter 2 flere enn vedtaket tillater (høyst 8).');
    await retype(user, gridInput('Vedtak: inntil % flere 2026'), '20');
    expect(gridInput('Kommunestyrets vedtak 2026')).toHaveAccessibleDescription('Planen bosetter 1 flere enn vedtaket med inntil 20 % flere tillater (høyst 9).');
    await retype(user, gridInput('Vedtak: inntil % flere 2026'), '25');
    expect(gridInput('Kommunestyrets vedtak 2026')).not.toHaveAccessibleDescription(/flere enn vedtaket/);
    await retype(user, gridInput('Vedtak: inntil % flere 2026'), '120');
    expect(gridInput('Vedtak: inntil % flere 2026')).toHaveAccessibleDescription('«Vedtak: inntil % flere 2026»: skriv en hel prosent fra 0 til 100.');
    // A field stores each valid text as it is typed: «12» was, «120» is refused.
    expect(store.getState().scenario.years[0]?.decisionMarginPercent).toBe(12);
    expect(within(screen.getByRole('row', { name: /^Vedtak: inntil % flere/ })).getAllByRole('textbox')).toHaveLength(10);
  });
});
