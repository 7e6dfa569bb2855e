import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from '../render-app';

/**
 * A 2027 table as a planner copies it out of the circular's PDF: headings, sums, «kr» after
 * or before, non-breaking spaces between thousands, and one line that names no rate of the app.
 *
 * | line | as printed                                 | rate                         | kroner    |
 * |------|--------------------------------------------|------------------------------|-----------|
 * |  3   | Enslige voksne                             | AR-1 EV                      |   250 000 |
 * |  4   | Voksne                                     | AR-1                         |   200 000 |
 * |  5   | Enslige mindreårige                        | year 1, unaccompanied minor  |   200 000 |
 * |  6   | Barn                                       | AR-1 B                       |   200 000 |
 * |  7–10| År 2 (2026) … År 5 (2023)                  | AR-2 … AR-5                  | 245 000, 178 000, 90 000, 75 000 |
 * |  11  | Sum over fem år, enslige voksne            | sum: 250 000 + 245 000 + 178 000 + 90 000 + 75 000 = 838 000 |
 * |  12  | Sum over fem år, øvrige                    | sum: 200 000 + 588 000 = 788 000 |
 * |  14  | Engangstilskudd for personer over 60 år    | ELDR                         |   190 000 |
 * |  16  | Engangstilskudd for barn 0–5 år            | BHT                          |    29 000 |
 * |  18  | Til og med det året de fyller 16 år        | EMINB                        | 1 250 000 |
 * |  19  | Fra og med det året de fyller 17 år        | EMINU                        |   790 000 |
 * |  20  | Tilskudd til tolketjenester                | (refused: no such rate)      |    12 000 |
 *
 * 12 rates; beside AR-1 EV's current 2027 figure (≈ 243 594, estimated by the year-1 growth rule) the difference is
 * 250 000 − 243 594 = +6 406.
 */
const TABLE_2027 = [
  'Satser for integreringstilskudd 2027',
  'Bosettingsår (år 1)',
  'Enslige voksne 250\u00a0000 kr',
  'Voksne 200 000 kr',
  'Enslige mindreårige 200 000 kr',
  'Barn kr 200 000',
  'År 2 (2026) 245 000 kr',
  'År 3 (2025) 178 000 kr',
  'År 4 (2024) 90\u00a0000 kr',
  'År 5 (2023) 75 000 kr',
  'Sum over fem år, enslige voksne 838 000 kr',
  'Sum over fem år, øvrige 788 000 kr',
  'Eldretilskudd',
  'Engangstilskudd for personer over 60 år 190 000 kr',
  'Barnehagetilskudd',
  'Engangstilskudd for barn 0–5 år 29 000 kr',
  'Tilskudd til enslige mindreårige',
  'Til og med det året de fyller 16 år 1 250 000 kr',
  'Fra og med det året de fyller 17 år 790 000 kr',
  'Tilskudd til tolketjenester 12 000 kr',
].join('\n');

const SOURCE = 'IMDi, rundskriv «Tilskudd til kommunene ved bosetting av flyktninger» 2027, 12. januar 2027';

const rateTable = () => screen.getByRole('table', { name: 'Satser for budsjettåret 2027, kroner per person' });
const preview = () => screen.getByRole('table', { name: 'Lest fra rundskrivet, ved siden av satsene for 2027 nå' });
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' '));

async function openRates2027(user: UserEvent) {
  await findMunicipalityBox();
  await user.click(within(screen.getByRole('navigation', { name: 'Skjermbilder' })).getByRole('link', { name: 'Satser' }));
  await waitFor(() => expect(screen.queryByText('Laster skjermbildet …')).not.toBeInTheDocument());
  await user.selectOptions(screen.getByRole('combobox', { name: 'Budsjettår' }), '2027');
}

beforeEach(() => {
  window.location.hash = '';
});

describe('the year’s table pasted from IMDi’s circular', { timeout: 60_000 }, () => {
  it('given the 2027 table pasted, then what was read stands beside the current figures, the refused line is listed, and on confirm the rates are stored as the planner’s with the document and date as source; one undo takes them back', async () => {
    const { user, store } = renderApp();
    await openRates2027(user);
    await user.click(screen.getByRole('textbox', { name: 'Tabellen fra rundskrivet for 2027' }));
    await user.paste(TABLE_2027);

    const ar1 = within(preview()).getByRole('row', { name: /^Enslige voksne/ });
    expect(cells(ar1)).toEqual(['Integreringstilskudd år 1, enslig voksen', '250 000', '≈anslått 243 594', 'Anslått', '+6 406']);
    expect(within(preview()).getAllByRole('row')).toHaveLength(13);
    // Each current figure is the one the rate table above shows for the same rate.
    for (const row of within(preview()).getAllByRole('row').slice(1)) {
      const [rate, , current] = cells(row);
      const shown = within(rateTable()).getByRole('row', { name: new RegExp(`^${rate?.replace(/[()]/g, '\\$&')}`) });
      expect(cells(shown)[1]).toBe(current);
    }
    expect(cells(within(preview()).getByRole('row', { name: /^År 2 \(2026\)/ })).slice(0, 2)).toEqual(['Integreringstilskudd år 2', '245 000']);
    expect(cells(within(preview()).getByRole('row', { name: /^Til og med det året de fyller 16 år/ })).slice(0, 2)).toEqual([
      'Enslige mindreårige, til og med året de fyller 16',
      '1 250 000',
    ]);

    const sums = screen.getByRole('region', { name: 'Summer i tabellen (lagres ikke)' });
    expect(within(sums).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '))).toEqual([
      'Linje 11, Sum over fem år, enslige voksne: 838 000 kr stemmer med delene.',
      'Linje 12, Sum over fem år, øvrige: 788 000 kr stemmer med delene.',
    ]);
    const refused = screen.getByRole('region', { name: 'Én linje er ikke brukt' });
    expect(within(refused).getByRole('listitem')).toHaveTextContent(
      'Linje 20: «Tilskudd til tolketjenester 12 000 kr». Appen vet ikke hvilken sats linjen gjelder.',
    );
    expect(screen.getByText('12 satser lest, én linje ikke brukt.')).toBeInTheDocument();
    // Nothing is stored before the planner confirms.
    expect(store.getState().scenario.rateOverrides).toEqual([]);

    const title = screen.getByRole('textbox', { name: 'Dokument' });
    expect(title).toHaveValue('IMDi, rundskriv «Tilskudd til kommunene ved bosetting av flyktninger» 2027');
    await user.type(screen.getByLabelText('Dato på dokumentet (valgfritt)'), '2027-01-12');
    await user.click(screen.getByRole('button', { name: 'Lagre 12 satser for 2027' }));

    expect(screen.getByRole('textbox', { name: 'Tabellen fra rundskrivet for 2027' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Tabellen fra rundskrivet for 2027' })).toHaveValue('');
    expect(screen.getByText(`12 satser for 2027 er lagt inn med kilden «${SOURCE}». Du kan angre med Angre-knappen eller under «Dine endringer av satser».`)).toHaveAttribute('role', 'status');
    const stored = store.getState().scenario.rateOverrides;
    expect(stored.map((o) => [o.rate, o.value])).toEqual([
      ['integration.year1SingleAdult', 250_000],
      ['integration.year1AdultInFamily', 200_000],
      ['integration.year1Child', 200_000],
      ['integration.year1UnaccompaniedMinor', 200_000],
      ['integration.year2', 245_000],
      ['integration.year3', 178_000],
      ['integration.year4', 90_000],
      ['integration.year5', 75_000],
      ['elderly', 190_000],
      ['kindergarten', 29_000],
      ['minors.youngBand', 1_250_000],
      ['minors.olderBand', 790_000],
    ]);
    expect(new Set(stored.map((o) => `${o.year} ${o.source}`))).toEqual(new Set([`2027 ${SOURCE}`]));
    expect(cells(within(rateTable()).getByRole('row', { name: /^Integreringstilskudd år 1, enslig voksen/ })).slice(1, 4)).toEqual([
      '250 000',
      'Lagt inn av deg',
      SOURCE,
    ]);
    expect(within(screen.getByRole('region', { name: 'Dine endringer av satser' })).getAllByRole('listitem')).toHaveLength(12);

    await user.click(screen.getAllByRole('button', { name: 'Angre' })[0]!);
    expect(store.getState().scenario.rateOverrides).toEqual([]);
  });

  it('given a sum that does not agree with its parts or an empty document title, then nothing is stored and the message says why, naming the field', async () => {
    const { user, store } = renderApp();
    await openRates2027(user);
    const table = screen.getByRole('textbox', { name: 'Tabellen fra rundskrivet for 2027' });
    await user.click(table);
    // 250 000 + 245 000 + 178 000 + 90 000 + 75 000 = 838 000, not 840 000.
    await user.paste(TABLE_2027.replace('838 000 kr', '840 000 kr'));
    expect(screen.getByText('Linje 11, Sum over fem år, enslige voksne: 840 000 kr, men delene som er lest, gir 838 000 kr.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre 12 satser for 2027' }));
    expect(within(screen.getByRole('form', { name: 'Lim inn tabellen fra IMDis rundskriv' })).getByRole('status')).toHaveTextContent(
      'Summen på linje 11 stemmer ikke med delene. Rett tallene eller fjern sumlinjen. Ingenting er lagret.',
    );
    expect(store.getState().scenario.rateOverrides).toEqual([]);

    await user.clear(table);
    await user.click(table);
    await user.paste(TABLE_2027);
    const title = screen.getByRole('textbox', { name: 'Dokument' });
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Lagre 12 satser for 2027' }));
    expect(title).toHaveAccessibleDescription('Skriv tittelen på dokumentet tallene kommer fra, for eksempel «IMDi, rundskriv … 2027».');
    expect(store.getState().scenario.rateOverrides).toEqual([]);
  });

  it('given nynorsk and then English chosen, then the reading, the refused line and the sums speak that language', async () => {
    const { user } = renderApp();
    await openRates2027(user);
    const picker = screen.getByRole('combobox', { name: 'Språk / Language' });
    await user.selectOptions(picker, 'Nynorsk');
    const table = await screen.findByRole('textbox', { name: 'Tabellen frå rundskrivet for 2027' });
    await user.click(table);
    await user.paste(TABLE_2027);
    expect(screen.getByRole('table', { name: 'Lese frå rundskrivet, ved sida av satsane for 2027 no' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Éi linje er ikkje brukt' })).getByRole('listitem')).toHaveTextContent(
      'Linje 20: «Tilskudd til tolketjenester 12 000 kr». Appen veit ikkje kva sats linja gjeld.',
    );
    expect(screen.getByText('12 satsar lesne, éi linje ikkje brukt.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lagre 12 satsar for 2027' })).toBeInTheDocument();

    await user.selectOptions(picker, 'English');
    const preview = await screen.findByRole('table', { name: 'Read from the circular, beside the rates for 2027 now' });
    expect(cells(within(preview).getByRole('row', { name: /^Enslige voksne/ }))).toEqual([
      'Integration grant year 1, single adult',
      '250,000',
      '≈estimated 243,594',
      'Estimated',
      '+6,406',
    ]);
    expect(within(screen.getByRole('region', { name: 'One line not used' })).getByRole('listitem')).toHaveTextContent(
      'Line 20: «Tilskudd til tolketjenester 12 000 kr». The app does not know which rate the line is.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Sums in the table (not stored)' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/\s+/g, ' ')),
    ).toEqual([
      'Line 11, Sum over fem år, enslige voksne: NOK 838,000 agrees with its parts.',
      'Line 12, Sum over fem år, øvrige: NOK 788,000 agrees with its parts.',
    ]);
    expect(screen.getByRole('button', { name: 'Store 12 rates for 2027' })).toBeInTheDocument();
  });
});
