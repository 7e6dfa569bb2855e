import { projectScenario } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { mergeMessages } from '../../src/i18n/translation';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { dwellingOrders, housingFacts, unitCostRows } from '../../src/report/plan-housing-costs';
import { planInputRows } from '../../src/report/plan-inputs';
import { FLAT_2017, scenario } from '../builders';

/**
 * Three years from 2026: 10 single adults, 12 adults in families, 14 children and 2 minors in
 * 2026 (sum 38), 5 + 0 + 0 + 1 = 6 in 2027, nobody in 2028; 0.5 reunified per single adult,
 * all a year later: 10 × 0.5 = 5 in 2027, 5 × 0.5 = 2.5 → 3 (rounded) in 2028.
 * Dwellings: 10 at start; 4 ordered March 2026 with 12 months' lead (ready March 2027), 6 ordered
 * October 2027 with 6 months' lead (ready April 2028), 2 given back from January 2028:
 * at the end of 2026 10, of 2027 10 + 4 = 14, of 2028 14 + 6 − 2 = 18.
 */
const s = scenario(2026, 3, {
  years: [
    { singleAdults: 10, adultsInFamilies: 12, children: 14, unaccompaniedMinors: 2, highNeedsTier1: 1, request: 40, decision: 38, decisionMarginPercent: 10, programmePlaces: 20 },
    { singleAdults: 5, unaccompaniedMinors: 1, request: 10, revisedRequest: 8, decision: 6 },
  ],
  familyReunification: { perSingleAdult: 0.5, lagShares: [1, 0, 0] },
  housing: {
    dwellingsAtStart: 10,
    pipeline: [
      { year: 2027, month: 10, units: 6, leadTimeMonths: 6, acquired: true },
      { year: 2026, month: 3, units: 4, leadTimeMonths: 12, acquired: false },
    ],
    releases: [{ year: 2028, month: 1, units: 2 }],
  },
  costs: { administrationPerYear: 900_000, socialAssistanceByYearOfResidence: [60_000, 40_000, 0, 0, 0] },
  blockGrant: { perInhabitant: 30_000 },
});
const projection = projectScenario(s, FLAT_2017);
const nbFormat = formatter('nb');

describe('the plan inputs per year', () => {
  it('given persons, request, decision and dwellings, then the rows carry the entered numbers by group, with the sum, the reunified and the dwellings worked out', () => {
    const groups = planInputRows(s, projection, nb);
    expect(groups.map((g) => [g.heading, g.rows.map((r) => [r.label, ...r.values])])).toEqual([
      [
        'Personer som skal bosettes',
        [
          ['Enslige voksne', 10, 5, 0],
          ['Voksne i familier', 12, 0, 0],
          ['Barn', 14, 0, 0],
          ['Enslige mindreårige', 2, 1, 0],
          ['Bosettes i alt', 38, 6, 0],
          ['Høye behov nivå 1', 1, 0, 0],
          ['Høye behov nivå 2', 0, 0, 0],
          ['Familiegjenforente (beregnet)', 0, 5, 3],
        ],
      ],
      [
        'Anmodning og vedtak',
        [
          ['IMDis anmodning', 40, 10, null],
          ['Revidert anmodning i året', null, 8, null],
          ['Kommunestyrets vedtak', 38, 6, null],
          ['Vedtak: inntil % flere', 10, 0, null],
        ],
      ],
      [
        'Kapasitet',
        [
          ['Introduksjonsplasser', 20, null, null],
          ['Nye boliger klare', 0, 4, 6],
          ['Boliger levert tilbake', 0, 0, 2],
          ['Boliger til disposisjon ved årets slutt', 10, 14, 18],
        ],
      ],
    ]);
    const kinds = groups.flatMap((g) => g.rows.map((r) => `${r.key}:${r.kind}:${r.unit}`));
    expect(kinds).toContain('persons.total:total:count');
    expect(kinds).toContain('years.decisionMarginPercent:input:percent');
  });

  it('given no revision, no margin, no orders and no releases, then those rows are left out', () => {
    const plain = scenario(2026, 2, { years: [{ singleAdults: 3, request: 3 }] });
    const rows = planInputRows(plain, projectScenario(plain, FLAT_2017), nb).flatMap((g) => g.rows.map((r) => r.key));
    expect(rows).toEqual([
      'years.singleAdults', 'years.adultsInFamilies', 'years.children', 'years.unaccompaniedMinors', 'persons.total',
      'years.highNeedsTier1', 'years.highNeedsTier2', 'persons.reunified',
      'years.request', 'years.decision',
      'years.programmePlaces', 'housing.available',
    ]);
  });

  it('given the English messages, then the rows are labelled in English', () => {
    const t = mergeMessages(nb, en);
    expect(planInputRows(s, projection, t)[0]?.rows.map((r) => r.label).slice(0, 5)).toEqual([
      'Single adults', 'Adults in families', 'Children', 'Unaccompanied minors', 'Settled in total',
    ]);
  });
});

describe('the plan inputs beside the years', () => {
  it('given two orders, then they are listed in order of ordering, each with the month its dwellings are ready', () => {
    expect(dwellingOrders(s)).toEqual([
      { year: 2026, month: 3, units: 4, leadTimeMonths: 12, readyYear: 2027, readyMonth: 3, acquired: false },
      { year: 2027, month: 10, units: 6, leadTimeMonths: 6, readyYear: 2028, readyMonth: 4, acquired: true },
    ]);
  });

  it('given the housing inputs, then the stock at start, the settings and the releases read as the editor names them', () => {
    expect(housingFacts(s, nb, nbFormat).map((f) => [f.label, f.text])).toEqual([
      ['Boliger til disposisjon ved start', '10'],
      ['Enslige voksne per bolig', '1'],
      ['Vent med bosetting til en bolig er ledig', 'nei'],
      ['Husbankens tilskudd til utleieboliger', 'nei'],
      ['Boliger som leveres tilbake', '2 fra jan. 2028'],
    ]);
  });

  it('given costs entered, then every amount is listed with its text and marked entered or not', () => {
    const rows = unitCostRows(s, nb, nbFormat);
    expect(rows.filter((r) => r.entered).map((r) => [r.label, r.text])).toEqual([
      ['Administrasjon per år', '900\u00a0000\u00a0kr'],
      ['Sosialhjelp per person og år, etter botid år 1–5', '60\u00a0000 / 40\u00a0000 / 0 / 0 / 0\u00a0kr'],
      ['Rammetilskudd: innbyggertilskudd per innbygger og år', '30\u00a0000\u00a0kr'],
    ]);
    expect(rows.filter((r) => !r.entered).map((r) => r.label)).toEqual([
      'Drift av introduksjonsprogrammet per plass og år',
      'Netto kostnad per bolig og måned',
      'Kostnad per ledig bolig og måned',
      'Merkostnad for midlertidig bolig per husstand og måned',
      'Omsorg per enslig mindreårig og år',
      'Kostnad per kjøpt eller bygd bolig',
      'Andre tjenester per person og år, etter botid år 1–5',
      'Forventet dokumentert merkostnad per person og år, nivå 2',
    ]);
  });
});
