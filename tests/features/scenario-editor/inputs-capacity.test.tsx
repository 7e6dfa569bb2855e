import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { field, openSection, retype } from './inputs-queries';

const IDLE = /^Ledige boliger$/;

beforeEach(() => {
  window.location.hash = '';
});

describe('housing, programme and cost inputs', { timeout: 60_000 }, () => {
  it('given idle dwellings cost 1 000 kr a month, when an order of 10 dwellings in January 2026 is added, then they stand idle from 2027 at 120 000 kr a year; removing it takes the line away', async () => {
    const { user } = renderApp();
    await openSection(user, 'Kostnader');
    await retype(user, field('Kostnad per ledig bolig og måned (kr)'), '1000');
    expect(screen.queryByRole('rowheader', { name: IDLE })).not.toBeInTheDocument();
    await openSection(user, 'Boliger');
    await user.click(screen.getByRole('button', { name: 'Legg til bestilling' }));
    expect(field('Leveringstid (mnd.), bestilling 1')).toHaveValue('12');
    await retype(user, field('Boliger, bestilling 1'), '10');
    // Ordered January 2026, ready after the default 12 months: 10 idle × 12 months × 1 000 kr.
    expect(budgetCell(IDLE, 2026)).toHaveTextContent(/^0$/);
    expect(budgetCell(IDLE, 2027)).toHaveTextContent(/^120 000$/);
    await user.click(screen.getByRole('button', { name: 'Fjern bestilling 1' }));
    expect(screen.queryByRole('rowheader', { name: IDLE })).not.toBeInTheDocument();
  });

  it('given an order, when its lead time is 40 months or a family is 16 persons, then a warning is shown and the value is kept; 61 months is refused', async () => {
    const { user } = renderApp();
    await openSection(user, 'Boliger');
    await user.click(screen.getByRole('button', { name: 'Legg til bestilling' }));
    const lead = field('Leveringstid (mnd.), bestilling 1');
    await retype(user, lead, '40');
    expect(lead).toHaveValue('40');
    expect(lead).toHaveAttribute('aria-invalid', 'false');
    expect(lead).toHaveAccessibleDescription('Mer enn 36 måneders leveringstid. Stemmer tallet?');
    await retype(user, lead, '61');
    expect(lead).toHaveAccessibleDescription('Må være høyst 60.');
    const family = field('Personer per familiehusstand');
    await retype(user, family, '16');
    expect(family).toHaveValue('16');
    expect(family).toHaveAccessibleDescription(/Mer enn 15 personer per familie\. Stemmer tallet\?$/);
  });

  it('given a municipality Husbanken does not name, then its zone "Andre kommuner" is labelled an assumption, with the reason', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'herøy');
    await user.click(screen.getByRole('option', { name: /^Herøy, Nordland/ }));
    await openSection(user, 'Boliger');
    const zone = screen.getByRole('combobox', { name: 'Sone' });
    expect(zone).toHaveValue('other');
    expect(zone).toHaveAccessibleDescription(/Antakelse Kommunen er ikke nevnt i Husbankens eksempler/);
    await user.selectOptions(zone, 'regional');
    expect(screen.getByRole('button', { name: 'Tilbakestill Husbankens tilskudd til utleieboliger' })).toBeEnabled();
  });

  it('given 10 single adults in 2026, when the Ukrainian duration profile is picked, then the introduction benefit of 2027 falls from 1 728 354 to 844 702', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    expect(budgetCell(/^Introduksjonsstønad$/, 2027)).toHaveTextContent(/1 728 354$/);
    await openSection(user, 'Introduksjonsprogram');
    await user.click(screen.getByRole('button', { name: 'Ukrainere (midlertidig kollektiv beskyttelse): 6–12 måneder' }));
    expect(field('Måneder, varighet 2')).toHaveValue('12');
    expect(screen.queryByRole('textbox', { name: 'Måneder, varighet 3' })).not.toBeInTheDocument();
    expect(budgetCell(/^Introduksjonsstønad$/, 2027)).toHaveTextContent(/844 702$/);
    await user.click(screen.getByRole('button', { name: 'Tilbakestill Introduksjonsprogram' }));
    expect(budgetCell(/^Introduksjonsstønad$/, 2027)).toHaveTextContent(/1 728 354$/);
  });

  it('given 10 single adults in 2026, when social assistance of 1 000 and 2 000 kr is pasted for years of residence 1 and 2, then the line is 10 000 kr in 2026', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    await openSection(user, 'Kostnader');
    expect(screen.getByText('Alle kostnadslinjer er 0 til du legger inn egne tall: budsjettet finner aldri på kostnader.')).toBeInTheDocument();
    await user.click(field('Sosialhjelp, botid år 1 (kr)'));
    await user.paste('1 000;2 000');
    expect(field('Sosialhjelp, botid år 2 (kr)')).toHaveValue('2\u00a0000');
    // 10 persons × 1 000 kr in their first year.
    expect(budgetCell(/^Sosialhjelp$/, 2026)).toHaveTextContent(/^10 000$/);
    await retype(user, field('Administrasjon per år (kr)'), '250 000,50');
    expect(field('Administrasjon per år (kr)')).toHaveAccessibleDescription(/Skriv hele kroner, uten øre\.$/);
    // "250.000" in a kroner field is two hundred and fifty thousand kroner, not 250.
    await retype(user, field('Administrasjon per år (kr)'), '250.000');
    await user.tab();
    expect(field('Administrasjon per år (kr)')).toHaveValue('250\u00a0000');
    expect(budgetCell(/^Administrasjon$/, 2026)).toHaveTextContent(/^250 000$/);
  });

  it('given 2 tier-2 persons in 2026 and no documented cost, then the count says it gives 0 kr; when their documented cost is 500 000 kr a year, then the FHT2 line of 2026 is 586 792 kr and the warning goes', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '2');
    await user.type(gridInput('Høye behov nivå 2 2026'), '2');
    await user.tab();
    expect(gridInput('Høye behov nivå 2 2026')).toHaveAccessibleDescription(/Nivå 2 gir 0 kr til dokumentert kostnad er lagt inn under «Høye behov»\.$/);
    expect(screen.queryByRole('row', { name: /nivå 2 FHT2/ })).not.toBeInTheDocument();
    await openSection(user, 'Høye behov');
    await retype(user, field('Forventet dokumentert merkostnad per person og år, nivå 2 (kr)'), '500000');
    // 2 × (500 000 − 206 604 kr threshold of 2026) = 586 792, under the cap.
    expect(budgetCell(/nivå 2 FHT2$/, 2026)).toHaveTextContent(/^≈anslått 586 792$/);
    expect(gridInput('Høye behov nivå 2 2026')).not.toHaveAccessibleDescription(/gir 0 kr/);
  });

  it('given 10 single adults in 2026, when the integration grant is scaled to 150 % as a what-if, then AR-1 EV of 2026 is 3 641 400 kr', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    await openSection(user, 'Hva om');
    await retype(user, field('Integreringstilskudd (%)'), '150');
    // 1,5 × 10 × 242 760 kr.
    expect(budgetCell(/enslige voksne AR-1 EV$/, 2026)).toHaveTextContent(/^≈anslått 3 641 400$/);
  });
});
