import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from '../render-app';

/** Picks Kongsberg on the plan screen and goes to the predictability screen by the navigation. */
async function openWithKongsberg(user: UserEvent) {
  await user.type(await findMunicipalityBox(), 'kongsberg');
  await user.click(screen.getByRole('option', { name: /^Kongsberg, Buskerud/ }));
  await user.click(screen.getByRole('link', { name: 'Forutsigbarhet' }));
  await screen.findByRole('heading', { level: 2, name: /^Forutsigbarhet/ });
}

/** Opens the options, sets the number of paths and runs. */
async function runWithPaths(user: UserEvent, paths: string) {
  await user.click(screen.getByText('Forutsetninger for simuleringen'));
  const field = screen.getByRole('textbox', { name: 'Antall baner' });
  await user.clear(field);
  await user.type(field, paths);
  await user.click(screen.getByRole('button', { name: 'Kjør simuleringen' }));
}

/** Kongsberg planned at 30 persons a year for four years, against 20 dwellings and 20 places a year. */
function planThirtyAYear(store: ReturnType<typeof renderApp>['store']) {
  act(() => {
    store.getState().editScenario((s) => ({
      ...s,
      years: s.years.map((y, i) => (i < 4 ? { ...y, singleAdults: 9, adultsInFamilies: 11, children: 10, programmePlaces: 20 } : { ...y, programmePlaces: 20 })),
      housing: { ...s.housing, dwellingsAtStart: 20 },
    }));
  });
}

const SENTENCE = /^Med en avtale om 30 i året i 2026–2029 og kapasiteten i planen: (\d+ færre |\d+ flere |ingen endring i )husstandsmåneder i midlertidig bolig, (\d+ færre |\d+ flere |ingen endring i )tomme boligmåneder, .*; tilskuddene .* i snitt.*$/;

/** The difference column of the value table, by the row's first words. */
function difference(label: RegExp): string {
  const row = within(screen.getByTestId('value-table')).getByRole('row', { name: label });
  return within(row).getAllByRole('cell')[2]?.textContent ?? '';
}

describe('predictability', { timeout: 60_000 }, () => {
  // The route lives in the URL, which jsdom keeps from one test to the next.
  beforeEach(() => {
    window.location.hash = '';
  });

  it('given no persons planned and no capacity entered, then the screen says what to enter and runs nothing', async () => {
    window.location.hash = '#/forutsigbarhet';
    renderApp();
    expect(await screen.findByText(/^Velg kommune i planen, eller skriv inn kommunens egne anmodninger/)).toBeInTheDocument();
    expect(screen.getByText(/^Legg inn boligene kommunen har og får/)).toBeInTheDocument();
    expect(screen.getByText(/^Legg inn hvor mange kommunen skal bosette per år i planen/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('given Kongsberg planned at 30 a year and a run of 330 paths, then a sentence whose numbers are the table\'s differences', async () => {
    const { store, user } = renderApp();
    await openWithKongsberg(user);
    planThirtyAYear(store);
    expect(screen.getByText(/^Antakelse: Kongsberg får samme andel av det nasjonale behovet som kommunens andel av folketallet, 0,52\s%\.$/)).toBeInTheDocument();
    await runWithPaths(user, '330');
    const sentence = await screen.findByText(SENTENCE, {}, { timeout: 30_000 });
    const statedIn = (element: HTMLElement) => (what: string) => {
      const text = element.textContent?.replace(/\s/g, ' ') ?? '';
      const m = new RegExp(`(\\d[\\d ]*|ingen endring i) (færre |flere )?${what}`).exec(text);
      if (!m) return null;
      if (m[1] === 'ingen endring i') return '0';
      return `${m[2] === 'flere ' ? '−' : ''}${m[1]}`;
    };
    const stated = statedIn(sentence);
    expect(stated('husstandsmåneder i midlertidig bolig')).toBe(difference(/^Husstander i midlertidig bolig/).replace(/\s/g, ' '));
    expect(stated('tomme boligmåneder')).toBe(difference(/^Tomme boliger/).replace(/\s/g, ' '));
    expect(stated('deltakermåneder i kø')).toBe(difference(/^I kø til introduksjonsprogrammet/).replace(/\s/g, ' '));
    // The mismatch chart's title states the same two numbers as the sentence and the table.
    const mismatch = await screen.findByRole('figure', { name: /^Med avtale blir det i snitt/ }, { timeout: 30_000 });
    const inTitle = statedIn(within(mismatch).getAllByRole('heading')[0] as HTMLElement);
    expect(inTitle('husstandsmåneder i midlertidig bolig')).toBe(stated('husstandsmåneder i midlertidig bolig'));
    expect(inTitle('tomme boligmåneder')).toBe(stated('tomme boligmåneder'));
    expect(screen.getByText(/^Snitt over 330 baner/)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('given a finished run, then each fan chart names the plan\'s years and has a table of P10, median and P90 per year and in all', async () => {
    const { store, user } = renderApp();
    await openWithKongsberg(user);
    planThirtyAYear(store);
    await runWithPaths(user, '220');
    await screen.findByText(SENTENCE, {}, { timeout: 30_000 });
    // The charts are drawn one per task after the result (useStaggered): the last one is the idle places' fan.
    await screen.findByRole('figure', { name: /^Ledige introduksjonsplasser 2026–2035 i alt/ }, { timeout: 30_000 });
    const settled = screen.getByRole('figure', { name: /^Bosatte 2026–2035 i alt: .* personer med årlige anmodninger, 120 personer med avtale \(8 av 10 utfall\)$/ });
    await user.click(within(settled).getByText('Vis tallene som tabell'));
    const table = within(settled).getByRole('table', { name: 'Bosatte (personer) per år, P10, median og P90 for begge måter' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'År', 'Årlige anmodninger P10', 'Årlige anmodninger median', 'Årlige anmodninger P90', 'Flerårig avtale P10', 'Flerårig avtale median', 'Flerårig avtale P90',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 10 + 1);
    expect(within(table).getByRole('row', { name: /^2026–2035 i alt/ })).toBeInTheDocument();
    for (const name of [/^Tilskudd 2026–2035 i alt/, /^Nettobudsjett 2026–2035 i alt/, /^Husstander uten bolig 2026–2035 i alt: .* husstandsmåneder med årlige anmodninger, .* husstandsmåneder med avtale/, /^Ledige boliger 2026–2035 i alt/, /^Venter på introduksjonsplass 2026–2035 i alt/]) {
      expect(screen.getByRole('figure', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('figure', { name: /^Med avtale blir det i snitt .* husstandsmåneder i midlertidig bolig og .* tomme boligmåneder$/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /^Usikkerheten i nettobudsjettet er i snitt/ })).toBeInTheDocument();
  });

  it('given 20 dwellings against 30 a year, then the screen says how many dwellings to add and by when', async () => {
    const { store, user } = renderApp();
    await openWithKongsberg(user);
    planThirtyAYear(store);
    expect(screen.getByTestId('needs-sentence')).toHaveTextContent(/^For å bosette 30 i året i 2026–2029 uten en eneste måned med for få trenger kommunen \d+ boliger fra \S+ 20\d\d til \S+ 20\d\d og \d+ introduksjonsplasser fra \S+ 20\d\d til \S+ 20\d\d i tillegg til planen\.$/);
    expect(screen.getByRole('table', { name: 'Boliger å skaffe i tillegg til planen' })).toBeInTheDocument();
  });

  it('given a run under way, when the planner cancels, then it stops, the pending answer is gone, and it can be run again', async () => {
    const { store, user } = renderApp();
    await openWithKongsberg(user);
    planThirtyAYear(store);
    await runWithPaths(user, '60000');
    await screen.findByRole('progressbar', { name: 'Simuleringen' });
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Simuleringen ble avbrutt.')).toBeInTheDocument();
    expect(screen.queryByText('Svaret kommer når simuleringen er ferdig.')).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kjør på nytt' }));
    expect(await screen.findByRole('progressbar', { name: 'Simuleringen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
  });

  it('given too few paths, then the field says what it takes and no run starts', async () => {
    const { user } = renderApp();
    await openWithKongsberg(user);
    await runWithPaths(user, '50');
    const field = screen.getByRole('textbox', { name: 'Antall baner' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Skriv et helt tall fra 100 til 100\s000\./);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('given 30 dwellings and a request of 40 in 2026, then the largest commitment is stated beside the request', async () => {
    const { store, user } = renderApp();
    await openWithKongsberg(user);
    act(() => {
      store.getState().editScenario((s) => ({
        ...s,
        years: s.years.map((y, i) => (i === 0 ? { ...y, request: 40 } : y)),
        housing: { ...s.housing, dwellingsAtStart: 30 },
      }));
    });
    expect(screen.getByText(/^Kapasiteten gir rom for \d+ i året; anmodningen er 40: ved flere enn \d+ i året blir boligene for få fra \S+ 20\d\d\.$/)).toBeInTheDocument();
  });

  it('given persons in the plan, then the tornado chart names the input the four-year net is most sensitive to, and tells controlled inputs apart', async () => {
    const { user } = renderApp();
    await user.type(await findMunicipalityBox(), 'kongsberg');
    await user.click(screen.getByRole('option', { name: /^Kongsberg, Buskerud/ }));
    await user.type(screen.getByRole('textbox', { name: 'Enslige voksne og familier i alt 2026' }), '40');
    await user.click(screen.getByRole('link', { name: 'Forutsigbarhet' }));
    const tornado = await screen.findByRole('figure', { name: /^Nettobudsjettet for økonomiplanen er mest følsomt for .*: ±20\s% gir fra .* til .*$/ });
    await user.click(within(tornado).getByText('Vis tallene som tabell'));
    const table = within(tornado).getByRole('table');
    expect(within(table).getByRole('row', { name: /^Personer bosatt kommunen/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Tilskuddssatser ikke kommunen/ })).toBeInTheDocument();
  });

  it('given the national record, then its chart states the range of requests and how often they were revised', async () => {
    const { user } = renderApp();
    await openWithKongsberg(user);
    expect(screen.getByRole('figure', { name: /^IMDis anmodning har svingt mellom 4\s400 og 37\s000 i året, og ble endret underveis i 5 av 11 år$/ })).toBeInTheDocument();
  });
});
