import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

const bar = () => screen.getByRole('region', { name: 'Nøkkeltall for planen' });
/** The figure under a label in the bar. */
const figure = (label: RegExp) => within(bar()).getByText(label).nextElementSibling?.textContent;
const titleOf = (index: number) => within(screen.getAllByRole('figure')[index]!).getAllByRole('heading')[0]?.textContent ?? '';

describe('key-figure bar', { timeout: 60_000 }, () => {
  it('given 20 adults in families in 2026 and 3 programme places, then the bar shows the economy plan’s net, the first month short of dwellings and the most waiting, as the table and charts below', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Voksne i familier 2026'), '20');
    await user.type(gridInput('Introduksjonsplasser 2026'), '3');

    // The economy plan's net, as the «Sum for perioden» table's first column.
    const summary = screen.getByRole('table', { name: /økonomiplanen og hele perioden/ });
    const netRow = within(summary).getByRole('rowheader', { name: 'Netto' }).closest('tr')!;
    const planNet = within(netRow).getAllByRole('cell')[0]?.textContent;
    expect(figure(/^Netto i økonomiplanen 2026–2029$/)).toBe(planNet);

    // The first month short of dwellings, as the housing chart's title (5 households, 0,42 in January).
    expect(figure(/^Første måned uten nok boliger$/)).toBe('feb. 2026');
    expect(titleOf(3)).toMatch(/^Boligene strekker ikke til fra feb\. 2026, /);

    // The most waiting for a place, as the programme chart's title.
    const waiting = figure(/^Flest som venter på introduksjonsplass$/) ?? '';
    const worst = /^(\d+) \(/.exec(waiting)?.[1];
    expect(titleOf(4)).toMatch(new RegExp(`, ${worst} venter på det meste$`));
  });

  it('given an edit, then the bar follows it at once: no one settled means 0 kr, enough dwellings and no one waiting', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    expect(figure(/^Netto i økonomiplanen/)).toBe('0\u00a0kr');
    expect(figure(/^Første måned uten nok boliger$/)).toBe('Ingen: nok boliger hele perioden');
    expect(figure(/^Flest som venter på introduksjonsplass$/)).toBe('Ingen venter');
    await user.type(gridInput('Enslige voksne 2026'), '12');
    expect(figure(/^Netto i økonomiplanen/)).not.toBe('0\u00a0kr');
    expect(figure(/^Første måned uten nok boliger$/)).not.toBe('Ingen: nok boliger hele perioden');
  });
});
