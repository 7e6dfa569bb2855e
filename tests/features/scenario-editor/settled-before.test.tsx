import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell } from '../budget-queries';
import { renderApp } from '../render-app';
import { field, openSection, retype } from './inputs-queries';

beforeEach(() => {
  window.location.hash = '';
});

describe('refugees settled before the plan', { timeout: 30_000 }, () => {
  it('given a 2026 plan, when 10 persons settled in 2025 are entered, then the budget gets their year-2 grant in 2026 and year 3 in 2027, and the section says it was changed', async () => {
    const { store, user } = renderApp();
    await openSection(user, 'Bosatt før planperioden');
    expect(screen.getByRole('table', { name: 'Bosatt hvert av årene før planperioden' })).toBeInTheDocument();
    await retype(user, field('Personer (utenom enslige mindreårige), bosatt 2025'), '10');
    expect(store.getState().scenario.settledBefore.persons).toEqual([0, 0, 0, 10]);
    // AR-2 of 2026 is estimated from the 2017 rate (230 000 × 242 760 / 235 000 = 237 595 kr a person);
    // AR-3 of 2027 from 2017 too (167 000 × 243 594 / 235 000 = 173 107 kr).
    expect(budgetCell(/år 2 AR-2$/, 2026)).toHaveTextContent(/^≈anslått 2 375 950$/);
    expect(budgetCell(/år 3 AR-3$/, 2027)).toHaveTextContent(/^≈anslått 1 731 070$/);
    expect(screen.getByRole('button', { name: /^Bosatt før planperioden/ })).toHaveAccessibleName(/endret/);
  });

  it('given minors entered for 2022 and a negative count typed, then the count is refused with a message and nothing is stored', async () => {
    const { store, user } = renderApp();
    await openSection(user, 'Bosatt før planperioden');
    await retype(user, field('Enslige mindreårige, bosatt 2022'), '-2');
    expect(field('Enslige mindreårige, bosatt 2022')).toHaveAccessibleDescription(/Kan ikke være negativt\.$/);
    expect(store.getState().scenario.settledBefore.minors).toEqual([0, 0, 0, 0]);
  });
});
