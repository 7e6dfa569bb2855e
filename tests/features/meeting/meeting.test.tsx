import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

/** The large figure under a label on the current slide (a term and its definition). */
function bigFigure(label: string): string {
  const term = within(screen.getByRole('region', { name: /^\d+ av \d+$/ })).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

/** The difference from the plan beside the large figure under a label (the figure's next definition but one). */
function difference(label: string): Element | null {
  const term = within(screen.getByRole('region', { name: /^\d+ av \d+$/ })).getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('.figure-difference') ?? null;
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\u00a0/g, ' ');

/** The app on the meeting screen with a one-year plan from 2017 for Trondheim, `singleAdults` single adults in it (none by default). */
async function openMeeting(singleAdults = 0) {
  window.location.hash = '#/';
  const app = renderApp();
  // The first render of a run loads the reference data cold: on a busy machine that takes seconds.
  await screen.findByRole('combobox', { name: 'Kommune' }, { timeout: 10_000 });
  const state = app.store.getState();
  state.setMunicipality('5001');
  state.setStartYear(2017);
  state.setHorizon(1);
  if (singleAdults > 0) state.setYearField(0, 'singleAdults', singleAdults);
  window.location.hash = '#/mote';
  await screen.findByRole('heading', { name: /^Møtemodus/ }, { timeout: 10_000 });
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
    expect(await screen.findByRole('combobox', { name: 'Kommune' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('given +10 single adults a year on a one-year plan from 2017 with nobody, then the figures are in mill. kr, each with its difference from the plan, and the saved scenario is not changed', async () => {
    const { user, store } = await openMeeting();
    expect(plain(bigFigure('Netto'))).toBe('0,0 mill. kr');
    expect(difference('Netto')).toBeNull();
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
    // In millions with one decimal: 2 211 761 → 2,2; grants 2 350 000 + 49 260 + 313 596 =
    // 2 712 856 → 2,7; costs (the introduction benefit) 501 095 → 0,5. The plan has 0 of each.
    expect(plain(bigFigure('Netto'))).toBe('≈ 2,2 mill. kr');
    expect(plain(bigFigure('Tilskudd'))).toBe('≈ 2,7 mill. kr');
    expect(plain(bigFigure('Kostnader'))).toBe('≈ 0,5 mill. kr');
    expect(plain(difference('Netto')?.textContent)).toBe('+2,2 mill. kr mot planen');
    expect(plain(difference('Tilskudd')?.textContent)).toBe('+2,7 mill. kr mot planen');
    expect(plain(difference('Kostnader')?.textContent)).toBe('+0,5 mill. kr mot planen');
    // Colour as well as sign: more net and grants are better for the municipality, more costs worse.
    expect(difference('Netto')).toHaveClass('better');
    expect(difference('Tilskudd')).toHaveClass('better');
    expect(difference('Kostnader')).toHaveClass('worse');
    // The range of the what-if's economy plan: only the Norwegian-training rates of 2017 are
    // estimated (from 2019): low (51 103 + 132 962) / 2, high (54 500 + 141 800) / 2, × 9.7 / 3 =
    // 297 572 and 317 385: grants 2 696 832 to 2 716 645 kr, net 2 195 737 to 2 215 550 kr.
    expect(screen.getByText(/om de anslåtte satsene blir lave eller høye/).textContent?.replace(/\u00a0/g, ' ')).toBe(
      'Økonomiplan 2017–2017: tilskudd 2,7 mill. kr; 2,7–2,7 mill. kr om de anslåtte satsene blir lave eller høye. Netto 2,2 mill. kr; fra 2,2 mill. kr til 2,2 mill. kr.',
    );
    expect(screen.getByText('Hva om: +10 per år i 1 år (det lagrede scenariet er ikke endret)')).toBeInTheDocument();
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
    expect(store.getState().scenarios).toHaveLength(1);

    // The persons slide: 10 settled in 2017 against 0 in the plan.
    await user.keyboard('{ArrowRight}');
    const rows = within(slide()).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toContainEqual(['Bosatte', '10']);
    expect(rows).toContainEqual(['Bosatte, mot planen', '+10']);
  });

  it('given a plan of 8 single adults in 2017, when the presenter asks for −40 a year, then the what-if is capped at −8 with a note saying so, and each figure shows its fall from the plan', async () => {
    const { user } = await openMeeting(8);
    // The plan's 8 single adults, by the sums in the test above scaled from 10 to 8: integration
    // grant 8 × 235 000 = 1 880 000; elderly grant 3 % of 8 × 164 200 = 39 408; Norwegian
    // training 7.76 adults × (53 855 + 140 122) / 2 / 3 = 250 877; grants 2 170 285 → 2,2 mill.
    // kr. Introduction benefit 501 095 × 8 / 10 = 400 876 → 0,4. Net 1 769 409 → 1,8.
    expect(plain(bigFigure('Netto'))).toBe('≈ 1,8 mill. kr');
    await user.click(whatIfToggle());
    const field = screen.getByRole('spinbutton', { name: 'Flere eller færre per år' });
    // What a browser's number field sends once −40 is typed (jsdom's own typing goes through an invalid «-» first).
    fireEvent.change(field, { target: { value: '-40' } });

    expect(field).toHaveValue(-8);
    const note = 'Begrenset til −8 per år: planen har 8 enslige voksne i 2017, og færre enn ingen kan ikke bosettes (du ba om −40).';
    expect(screen.getByText(note)).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(note);
    expect(screen.getByText('Hva om: −8 per år i 1 år (det lagrede scenariet er ikke endret)')).toBeInTheDocument();
    // Nobody settled in the what-if: every figure 0, and the fall from the plan beside it.
    expect(plain(bigFigure('Netto'))).toBe('0,0 mill. kr');
    expect(plain(difference('Netto')?.textContent)).toBe('−1,8 mill. kr mot planen');
    expect(plain(difference('Tilskudd')?.textContent)).toBe('−2,2 mill. kr mot planen');
    expect(plain(difference('Kostnader')?.textContent)).toBe('−0,4 mill. kr mot planen');
    expect(difference('Netto')).toHaveClass('worse');
    expect(difference('Kostnader')).toHaveClass('better');

    // One more than the limit is within it: the note goes.
    await user.click(screen.getByRole('button', { name: 'Én mer per år' }));
    expect(field).toHaveValue(-7);
    expect(screen.queryByText(/^Begrenset til/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Én færre per år' }));
    await user.click(screen.getByRole('button', { name: 'Én færre per år' }));
    expect(field).toHaveValue(-8);
    expect(screen.getByText('Begrenset til −8 per år: planen har 8 enslige voksne i 2017, og færre enn ingen kan ikke bosettes (du ba om −9).')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    const rows = within(slide()).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toContainEqual(['Bosatte', '0']);
    expect(rows).toContainEqual(['Bosatte, mot planen', '−8']);
  });

  it('given the what-if open with a change, when the presenter presses Escape, then the panel closes with focus on its button and the what-if stays; a second Escape leaves, and coming back finds the what-if', async () => {
    const { user } = await openMeeting();
    await user.click(whatIfToggle());
    await user.click(screen.getByRole('button', { name: 'Én mer per år' }));
    screen.getByRole('spinbutton', { name: 'Flere eller færre per år' }).focus();

    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/mote');
    expect(whatIfToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(whatIfToggle()).toHaveFocus();
    expect(screen.getByText('Hva om: +1 per år i 1 år (det lagrede scenariet er ikke endret)')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/');
    expect(await screen.findByRole('combobox', { name: 'Kommune' }, { timeout: 10_000 })).toBeInTheDocument();

    window.location.hash = '#/mote';
    await screen.findByRole('heading', { name: /^Møtemodus/ }, { timeout: 10_000 });
    expect(screen.getByText('Hva om: +1 per år i 1 år (det lagrede scenariet er ikke endret)')).toBeInTheDocument();
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
    // The new scenario is the plan now: its net (2 211 761, above) with no difference beside it.
    expect(plain(bigFigure('Netto'))).toBe('≈ 2,2 mill. kr');
    expect(difference('Netto')).toBeNull();
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
