import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

describe('keeping the scenario between visits', { timeout: 45_000 }, () => {
  it('given a municipality, start year and persons entered, when the page is reloaded, then all of it is still there', async () => {
    const first = renderApp();
    const box = await findMunicipalityBox();
    await first.user.type(box, 'kautokeino');
    await first.user.click(screen.getByRole('option', { name: /^Guovdageaidnu - Kautokeino/ }));
    const startYear = screen.getByRole('spinbutton', { name: 'Første planår' });
    await first.user.clear(startYear);
    await first.user.type(startYear, '2017');
    await first.user.type(gridInput('Enslige voksne 2017'), '10');
    await first.user.type(gridInput('IMDis anmodning 2018'), '12');
    first.unmount();

    renderApp();
    expect(await findMunicipalityBox()).toHaveValue('Guovdageaidnu - Kautokeino');
    expect(screen.getByText('Valgt: Guovdageaidnu - Kautokeino (Finnmark)')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Første planår' })).toHaveValue(2017);
    expect(gridInput('Enslige voksne 2017')).toHaveValue('10');
    expect(gridInput('IMDis anmodning 2018')).toHaveValue('12');
    expect(budgetCell(/enslige voksne AR-1 EV$/, 2017)).toHaveTextContent(/^2 350 000$/);
  });

  it('given a stored scenario that is damaged, when the app starts, then it opens with a new scenario, says so and keeps the text', async () => {
    const damaged = JSON.stringify({ state: { scenario: { formatVersion: 1, startYear: 'next year' } }, version: 1 });
    localStorage.setItem('bosettingsplan', damaged);
    renderApp();
    await findMunicipalityBox();
    expect(await screen.findByRole('heading', { name: 'Det lagrede scenariet kunne ikke leses' })).toBeInTheDocument();
    expect(screen.getByText('bosettingsplan:damaged')).toBeInTheDocument();
    expect(localStorage.getItem('bosettingsplan:damaged')).toBe(damaged);
    expect(screen.getByRole('spinbutton', { name: 'Første planår' })).toHaveValue(2026);
  });

  it('given stored text that is not JSON, when the app starts, then it opens with a new scenario and keeps the text', async () => {
    localStorage.setItem('bosettingsplan', '{"state": {"scenario"');
    const { user } = renderApp();
    await findMunicipalityBox();
    expect(localStorage.getItem('bosettingsplan:damaged')).toBe('{"state": {"scenario"');
    await user.click(await screen.findByRole('button', { name: 'Lukk meldingen' }));
    expect(screen.queryByRole('heading', { name: 'Det lagrede scenariet kunne ikke leses' })).not.toBeInTheDocument();
    await user.type(gridInput('Barn 2026'), '4');
    expect(gridInput('Barn 2026')).toHaveValue('4');
  });
});
