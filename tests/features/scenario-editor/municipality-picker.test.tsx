import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from '../render-app';

/** The municipality list's options (the page has other lists, e.g. the language picker). */
function municipalityOptions(): HTMLElement[] {
  const list = document.getElementById(screen.getByRole('combobox', { name: 'Kommune' }).getAttribute('aria-controls') ?? '');
  return list === null ? [] : within(list).queryAllByRole('option');
}
const optionNames = () => municipalityOptions().map((option) => option.getAttribute('aria-label'));

describe('municipality picker', { timeout: 45_000 }, () => {
  it('given the app has loaded, when the planner types "trondheim" and picks the option, then Trondheim - Tråante is chosen', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, 'trondheim');
    const option = screen.getByRole('option', { name: /^Trondheim - Tråante, Trøndelag/ });
    await user.click(option);
    expect(box).toHaveValue('Trondheim - Tråante');
    expect(screen.getByText('Valgt: Trondheim - Tråante (Trøndelag)')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('given the Sami part of a name without its ring, when typed as "traante", then Trondheim - Tråante is offered', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'TRAANTE');
    expect(optionNames()).toEqual([expect.stringMatching(/^Trondheim - Tråante, Trøndelag, [\d\u00a0]+ innbyggere, kommunenummer 5001$/)]);
  });

  it('given "Kautokeino" is typed, then "Guovdageaidnu - Kautokeino" is offered with its name as written', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'Kautokeino');
    const option = screen.getByRole('option', { name: /^Guovdageaidnu - Kautokeino, Finnmark/ });
    expect(within(option).getByText('Guovdageaidnu - Kautokeino')).toBeInTheDocument();
  });

  it('given "herøy" is typed, then the two Herøy are told apart by county, and choosing one keeps the other out', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, 'herøy');
    expect(optionNames()).toEqual([
      expect.stringMatching(/^Herøy, Møre og Romsdal, /),
      expect.stringMatching(/^Herøy, Nordland, /),
    ]);
    await user.click(screen.getByRole('option', { name: /^Herøy, Nordland/ }));
    expect(screen.getByText('Valgt: Herøy (Nordland)')).toBeInTheDocument();
  });

  it('given "våler" is typed, then both Våler come first with their counties, before names that only contain it', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'våler');
    expect(optionNames()).toEqual([
      expect.stringMatching(/^Våler, Innlandet, 3\u00a0615 innbyggere, kommunenummer 3419$/),
      expect.stringMatching(/^Våler, Østfold, 6\u00a0145 innbyggere, kommunenummer 3114$/),
      expect.stringMatching(/^Hvaler, Østfold, /),
    ]);
  });

  it('given the keyboard only, when the planner types, moves down twice and presses Enter, then the second option is chosen', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, 'herøy');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', municipalityOptions()[0]?.id);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByText('Valgt: Herøy (Nordland)')).toBeInTheDocument();
  });

  it('given «Lev» is typed, then Levanger (name starts with it) is listed before Berlevåg, and ↓ Enter picks Levanger', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, 'Lev');
    expect(optionNames().slice(0, 2)).toEqual([expect.stringMatching(/^Levanger, Trøndelag, /), expect.stringMatching(/^Berlevåg, Finnmark, /)]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(box).toHaveValue('Levanger');
    expect(screen.getByText('Valgt: Levanger (Trøndelag)')).toBeInTheDocument();
  });

  it('given Herøy is chosen, when «Lev» is typed and Tab pressed, then Herøy stays chosen and the field shows «Herøy» again, not «Lev»', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, 'herøy');
    await user.click(screen.getByRole('option', { name: /^Herøy, Møre og Romsdal/ }));
    await user.clear(box);
    await user.type(box, 'Lev');
    await user.tab();
    expect(box).not.toHaveFocus();
    expect(box).toHaveValue('Herøy');
    expect(screen.getByText('Valgt: Herøy (Møre og Romsdal)')).toBeInTheDocument();
  });

  it('given a full name is typed, when Tab is pressed, then the municipality the field names is chosen', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, 'levanger');
    await user.tab();
    expect(box).toHaveValue('Levanger');
    expect(screen.getByText('Valgt: Levanger (Trøndelag)')).toBeInTheDocument();
  });

  it('given the code «5612» is typed, then Guovdageaidnu - Kautokeino is offered showing its code, and Enter picks it', async () => {
    const { user } = renderApp();
    const box = await findMunicipalityBox();
    await user.type(box, '5612');
    expect(optionNames()).toEqual([expect.stringMatching(/^Guovdageaidnu - Kautokeino, Finnmark, [\d\u00a0]+ innbyggere, kommunenummer 5612$/)]);
    expect(within(municipalityOptions()[0] ?? document.body).getByText('5612')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Valgt: Guovdageaidnu - Kautokeino (Finnmark)')).toBeInTheDocument();
  });

  it('given a name that does not exist, then the planner is told that nothing matches', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'Atlantis');
    expect(municipalityOptions()).toHaveLength(0);
    expect(screen.getAllByText('Ingen kommune passer søket.').length).toBeGreaterThan(0);
  });
});
