import { ASSUMPTIONS, defaultScenario, type Source } from '../../src/engine';
import { loadMessages, loadSections } from '../../src/i18n';
import { nb } from '../../src/i18n/nb';
import { assumptionRows, estimatedRates, groupEstimates, policyChanges, policyChangeText, withoutUnit, yearRanges } from '../../src/report/assumptions';
import { formatter } from '../../src/lib/format';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { scenario } from '../builders';

// The lists are the printed summary's: its strings are loaded with that screen (app/screens.tsx).
beforeAll(() => loadSections(['budgetSummary']));

describe('estimated rates and what-ifs to list beside the budget', async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  if (!loaded.ok) throw new Error('reference data does not load');
  const reference = loaded.data.reference;

  it('given a plan 2017–2018, then the 2017 table is verified and 2018 year-2 is listed as estimated from 2017', () => {
    // 2018 year 2: the 2017 rate grown as the single-adult rate grew, 237 000 / 235 000 − 1 = 0.85 %.
    const rows = estimatedRates(scenario(2017, 2), reference);
    expect(rows.find((r) => r.rate === 'integration.year2')).toEqual({
      rate: 'integration.year2',
      years: [2018],
      source: { kind: 'estimate', fromYear: 2017, fromStatus: 'verified', growth: 0.0085 },
    });
    // The 2018 single-adult rate is known (NRK Sørlandet 2018, secondary): not an estimate.
    expect(rows.find((r) => r.rate === 'integration.year1SingleAdult')).toBeUndefined();
  });

  it('given an override of the 2018 year-2 rate, then that year is no longer listed as estimated', () => {
    const rows = estimatedRates(
      scenario(2017, 2, { rateOverrides: [{ year: 2018, rate: 'integration.year2', value: 240_000, source: 'IMDi' }] }),
      reference,
    );
    expect(rows.find((r) => r.rate === 'integration.year2')).toBeUndefined();
  });

  it('given estimated rates, then those with the same rule and years form one group, in the order of their first rate', () => {
    const g2024: Source = { kind: 'estimate', fromYear: 2024, fromStatus: 'secondary', growth: 0.0069 };
    const g2017: Source = { kind: 'estimate', fromYear: 2017, fromStatus: 'verified', growth: 0.033 };
    expect(
      groupEstimates([
        { rate: 'integration.year1SingleAdult', years: [2026, 2027], source: g2024 },
        { rate: 'integration.year2', years: [2026], source: g2017 },
        { rate: 'elderly', years: [2026, 2027], source: g2024 },
        { rate: 'integration.year3', years: [2026, 2027], source: g2017 },
      ]),
    ).toEqual([
      { source: g2024, years: [2026, 2027], rates: ['integration.year1SingleAdult', 'elderly'] },
      { source: g2017, years: [2026], rates: ['integration.year2'] },
      { source: g2017, years: [2026, 2027], rates: ['integration.year3'] },
    ]);
  });

  it('given a what-if of +50 % high needs and a bonus, then both are listed', () => {
    const s = scenario(2026, 1);
    expect(policyChanges({ ...s, policy: { grantScale: { ...s.policy.grantScale, highNeeds: 1.5 }, aboveRequestBonusPerPerson: 25_000, minorsCareRefundShare: 0 } })).toEqual([
      { what: 'grantScale.highNeeds', grant: 'highNeeds', value: 1.5 },
      { what: 'aboveRequestBonusPerPerson', grant: null, value: 25_000 },
    ]);
  });

  it('given the what-ifs, then they read as the grant and its scale, and the bonus in kroner', () => {
    const f = formatter('nb');
    expect(policyChangeText({ what: 'grantScale.highNeeds', grant: 'highNeeds', value: 1.5 }, nb, f)).toEqual({
      label: 'Ekstratilskudd for høye behov',
      value: '150\u00a0%',
    });
    expect(policyChangeText({ what: 'aboveRequestBonusPerPerson', grant: null, value: 25_000 }, nb, f)).toEqual({
      label: 'Tillegg per person bosatt utover anmodningen',
      value: '25\u00a0000\u00a0kr',
    });
  });

  it('given years with a gap, then they read as ranges', () => {
    expect(yearRanges([2026, 2027, 2028, 2030])).toBe('2026–2028, 2030');
  });
});

/** The rows as plain text, NBSP as space: "label | value | default?". */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('the assumptions to list beside the budget', () => {
  const nbFormat = formatter('nb');

  it('given a new scenario in bokmål, then every assumption is a labelled row with its value written out and marked as default', () => {
    const rows = assumptionRows(defaultScenario('3006', 2026), nb, nbFormat);
    const read = Object.fromEntries(rows.map((r) => [r.label, plain(r.value)]));
    expect(read).toEqual({
      'Voksne 60 år eller eldre': '3 %',
      'Voksne 18–55 år': '90 %',
      'Barn 0–5 år': '35 %',
      'Høy sats for persontilskudd': '50 %',
      'Voksne med kollektiv beskyttelse': '0 %',
      'Alder ved bosetting': '15 år 33,3 %, 16 år 33,3 %, 17 år 33,3 %',
      'Tilskudd for enslige mindreårige i bosettingsåret': 'For månedene fra bosetting',
      'Gjenforente per bosatt enslig voksen': '0,3',
      'Når de kommer': '1 år etter 50 %, 2 år etter 50 %, 3 år etter 0 %',
      'Barn blant de gjenforente': '50 %',
      'Gjenforent med person med opphold på humanitært grunnlag': '0 %',
      'Andel bosatt per måned': 'jevnt fordelt, 8,3 % hver måned',
      'Deltakere blant voksne 18–55 år': '85 %',
      'Oppstart etter bosetting': '2 mnd.',
      'Hvor lenge deltakerne er i programmet': '6 mnd. 10 %, 12 mnd. 20 %, 24 mnd. 45 %, 36 mnd. 20 %, 48 mnd. 5 %',
      'Deltakere under 25 år': '20 %',
      'Av deltakerne under 25: bor med foreldre': '0 %',
      'Personer per familiehusstand': '4',
      'Flyttet ut til det ordinære boligmarkedet, etter botid år 1–5': '0 %, 10 %, 20 %, 30 %, 40 %',
    });
    expect(rows.every((r) => r.isDefault)).toBe(true);
    expect(rows.find((r) => r.key === 'programme.startLagMonths')).toMatchObject({
      section: 'Introduksjonsprogram',
      raw: 2,
      source: 'Antakelse, ingen offentlig kilde: 85 % deltar, start etter 2 mnd., varighet 6/12/24/36/48 mnd.',
    });
  });

  it('given every assumption of the scenario, then each is described by a labelled row (none falls back to its key)', () => {
    const rows = assumptionRows(defaultScenario('3006', 2026), nb, nbFormat);
    expect(rows.filter((r) => r.label === r.key)).toEqual([]);
    const inScenario = ASSUMPTIONS.filter((a) => a.key !== 'split');
    for (const a of inScenario) expect(rows.some((r) => r.key === a.key || r.key.startsWith(`${a.key}.`)), a.key).toBe(true);
  });

  it('given one part of the programme changed, then only that part is marked changed', () => {
    const base = defaultScenario('3006', 2026);
    const rows = assumptionRows({ ...base, programme: { ...base.programme, startLagMonths: 4 } }, nb, nbFormat);
    expect(rows.filter((r) => !r.isDefault).map((r) => [r.label, plain(r.value)])).toEqual([['Oppstart etter bosetting', '4 mnd.']]);
  });

  it('given age weights 1/1/1 for 15–17 stored as shares ⅓/⅓/⅓ and an uneven month profile, then the ages are still the default and the months are listed', () => {
    const base = defaultScenario('3006', 2026);
    const third = 1 / 3;
    const rows = assumptionRows(
      { ...base, minors: { ...base.minors, ageShares: [0, 0, 0, 0, 0, 0, 0, 0, 0, third, third, third] }, monthProfile: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0] },
      nb,
      nbFormat,
    );
    expect(rows.find((r) => r.key === 'minors.ageShares')?.isDefault).toBe(true);
    const months = rows.find((r) => r.key === 'monthProfile');
    expect(months?.isDefault).toBe(false);
    const month = (m: number) => nbFormat.formatMonthName(m, 'short');
    expect(plain(months?.value ?? '')).toBe(
      `${month(1)} 16,7 %, ${Array.from({ length: 10 }, (_, i) => `${month(i + 2)} 8,3 %`).join(', ')}, ${month(12)} 0 %`,
    );
  });

  it('given English, then labels and values are English', async () => {
    const en = await loadMessages('en');
    const rows = assumptionRows(defaultScenario('3006', 2026), en, formatter('en'));
    const read = Object.fromEntries(rows.map((r) => [r.label, plain(r.value)]));
    expect(read['Adults aged 60 or over']).toBe('3%');
    expect(read['Start after settlement']).toBe('2 months');
    expect(read['How long participants stay in the programme']).toBe('10% for 6 months, 20% for 12 months, 45% for 24 months, 20% for 36 months, 5% for 48 months');
    expect(read['Age at settlement']).toBe('aged 15: 33.3%, aged 16: 33.3%, aged 17: 33.3%');
    expect(rows.find((r) => r.key === 'programme.durations')?.section).toBe('Introduction programme');
  });

  it('given nynorsk, then the labels are nynorsk', async () => {
    const nn = await loadMessages('nn');
    const rows = assumptionRows(defaultScenario('3006', 2026), nn, formatter('nn'));
    expect(rows.find((r) => r.key === 'composition.adultsAged60Plus')?.label).toBe('Vaksne 60 år eller eldre');
    expect(plain(rows.find((r) => r.key === 'programme.startLagMonths')?.value ?? '')).toBe('2 md.');
  });

  it('given a label with a unit in brackets, then the unit is dropped, other brackets kept', () => {
    expect(withoutUnit('Barn 0–5 år (%)')).toBe('Barn 0–5 år');
    expect(withoutUnit('Oppstart etter bosetting (mnd.)')).toBe('Oppstart etter bosetting');
    expect(withoutUnit('Administrasjon per år (kr)')).toBe('Administrasjon per år');
    expect(withoutUnit('1 i hver måned (jevn fordeling)')).toBe('1 i hver måned (jevn fordeling)');
  });
});

describe('sources a user can look up', () => {
  it('given every assumption in every language, then none cites a file of our repository', async () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const t = await loadMessages(locale);
      for (const row of assumptionRows(defaultScenario('3006', 2026, 4), t, formatter(locale))) {
        expect(row.source).not.toMatch(/FACTS|MODEL|\.md\b|§/);
      }
    }
  });
});
