import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from '../render-app';

/** The large figure under a label on the current slide (a term and its definition). */
function bigFigure(label: string): string {
  const term = within(screen.getByRole('region', { name: /^\d+ av \d+$/ })).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** The app on the meeting screen with a one-year plan from 2017 for Trondheim, nobody settled yet. */
async function openMeeting() {
  window.location.hash = '#/';
  const app = renderApp();
  await findMunicipalityBox();
  const state = app.store.getState();
  state.setMunicipality('5001');
  state.setStartYear(2017);
  state.setHorizon(1);
  window.location.hash = '#/mote';
  await screen.findByRole('heading', { name: /^Møtemodus/ });
  return app;
}

const slide = () => screen.getByRole('region', { name: /^\d+ av \d+$/ });
const whatIfToggle = () => screen.getByRole('button', { name: 'Hva om vi bosetter flere eller færre?' });

describe('meeting mode', { timeout: 20_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('given the meeting mode, then the keys and the buttons step through the slides and Escape leaves', async () => {
    const { user } = await openMeeting();
    const count = Number(/av (\d+)/.exec(slide().getAttribute('aria-label') ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(slide()).toHaveAccessibleName(`1 av ${count}`);
    expect(within(slide()).getByRole('heading', { name: 'Økonomiplanen 2017–2017' })).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(slide()).toHaveAccessibleName(`2 av ${count}`);
    await user.keyboard('{PageDown}');
    expect(slide()).toHaveAccessibleName(`3 av ${count}`);
    await user.keyboard('{ArrowLeft}');
    expect(slide()).toHaveAccessibleName(`2 av ${count}`);
    await user.keyboard('{PageUp}');
    expect(slide()).toHaveAccessibleName(`1 av ${count}`);
    await user.keyboard('{PageUp}');
    expect(slide()).toHaveAccessibleName(`1 av ${count}`);
    expect(screen.getByRole('button', { name: 'Forrige' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(slide()).toHaveAccessibleName(`2 av ${count}`);
    expect(screen.getByText(`2 av ${count}`, { selector: 'p' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/');
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toBeInTheDocument();
  });

  it('given +10 single adults a year on a one-year plan from 2017, then the four-year net changes and the saved scenario does not', async () => {
    const { user, store } = await openMeeting();
    expect(bigFigure('Netto')).toMatch(/^0\skr$/);
    await user.click(whatIfToggle());

    await user.clear(screen.getByRole('spinbutton', { name: 'Flere eller færre per år' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Flere eller færre per år' }), '9');
    await user.click(screen.getByRole('button', { name: 'Én mer per år' }));
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('singleAdults');
    // Engine, served 2017 table: integration grant 10 × 235 000 = 2 350 000; elderly grant
    // 3 % of 10 adults × 164 200 = 49 260; Norwegian training 9.7 adults aged 18–67 × the mean of
    // the estimated low and high rates (53 855 + 140 122) / 2 (the 2019 rates × 235 000 / 237 814,
    // the year-1 single-adult rate of 2017 over 2019), one third in year 1 = 313 596; less the
    // introduction benefit of 10 × 90 % × 85 % participants at 2 G a year for the months after
    // their start = 501 095. Net: 2 350 000 + 49 260 + 313 596 − 501 095 = 2 211 761.
    expect(bigFigure('Netto')).toMatch(/^≈\s2\s211\s761\skr$/);
    expect(bigFigure('Tilskudd')).toMatch(/^≈\s2\s712\s856\skr$/);
    // The range of the what-if's economy plan: only the Norwegian-training rates of 2017 are
    // estimated (from 2019): low (51 103 + 132 962) / 2, high (54 500 + 141 800) / 2, × 9.7 / 3 =
    // 297 572 and 317 385: grants 2 696 832 to 2 716 645 kr, net 2 195 737 to 2 215 550 kr.
    expect(screen.getByText(/om de anslåtte satsene blir lave eller høye/).textContent?.replace(/\u00a0/g, ' ')).toBe(
      'Økonomiplan 2017–2017: tilskudd 2,7 mill. kr; 2,7–2,7 mill. kr om de anslåtte satsene blir lave eller høye. Netto 2,2 mill. kr; fra 2,2 mill. kr til 2,2 mill. kr.',
    );
    expect(screen.getByText('Hva om: +10 per år i 1 år (det lagrede scenariet er ikke endret)')).toBeInTheDocument();
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
    expect(store.getState().scenarios).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Én færre per år' }));
    expect(bigFigure('Netto')).not.toMatch(/2\s211\s761/);
  });

  it('given a what-if, when the presenter saves it as a new scenario, then a scenario is added with it and the first is kept', async () => {
    const { user, store } = await openMeeting();
    const firstId = store.getState().currentId;
    await user.click(whatIfToggle());
    for (let i = 0; i < 10; i += 1) await user.click(screen.getByRole('button', { name: 'Én mer per år' }));
    await user.click(screen.getByRole('button', { name: 'Lagre som nytt scenario' }));

    const { scenarios, currentId } = store.getState();
    expect(scenarios).toHaveLength(2);
    expect(currentId).not.toBe(firstId);
    expect(scenarios.find((e) => e.id === firstId)?.scenario.years[0]?.singleAdults).toBe(0);
    const added = scenarios.find((e) => e.id === currentId)?.scenario;
    expect(added?.years[0]?.singleAdults).toBe(10);
    expect(added?.name).toMatch(/hva om \+10 i 1 år/);
    expect(await screen.findByRole('heading', { name: /^Møtemodus: «.*hva om \+10 i 1 år\)»$/ })).toBeInTheDocument();
    expect(bigFigure('Netto')).toMatch(/^≈\s2\s211\s761\skr$/);
  });

  it('given the what-if toggle, then it opens and closes the panel beside the slide and says so, and the keys still turn the slides', async () => {
    const { user } = await openMeeting();
    expect(whatIfToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('spinbutton', { name: 'Flere eller færre per år' })).not.toBeInTheDocument();

    await user.click(whatIfToggle());
    expect(whatIfToggle()).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(whatIfToggle().getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(within(panel as HTMLElement).getByRole('spinbutton', { name: 'Flere eller færre per år' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Én mer per år' }));
    await user.keyboard('{PageDown}');
    expect(slide()).toHaveAccessibleName(/^2 av \d+$/);

    await user.click(whatIfToggle());
    expect(whatIfToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('spinbutton', { name: 'Flere eller færre per år' })).not.toBeInTheDocument();
    // Closing the panel keeps the what-if: the status still tells the room.
    expect(screen.getByText(/^Hva om: \+1 per år i 1 år/)).toBeInTheDocument();
  });

  it('given a ten-year plan, then the persons slide shows the years five across in two tables, each named by its years', async () => {
    const { user, store } = await openMeeting();
    act(() => store.getState().setHorizon(10));
    await user.keyboard('{ArrowRight}');
    const tables = within(slide()).getAllByRole('table');
    expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual([
      'Personer som bosettes per år, med familiegjenforente, 2017–2021',
      'Personer som bosettes per år, med familiegjenforente, 2022–2026',
    ]);
    expect(within(tables[1] as HTMLElement).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['År', '2022', '2023', '2024', '2025', '2026']);
  });
});
