import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../src/engine';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { changeRows, diffInputs } from '../../src/report/version-diff';

const words = { ...nb.versions.diff, yes: 'ja', no: 'nei' };
const f = formatter('nb');
const base = (): Scenario => {
  const s = defaultScenario('3303', 2026, 4);
  return { ...s, years: s.years.map((y, i) => (i === 1 ? { ...y, children: 9 } : y)) };
};
const rows = (before: Scenario, after: Scenario) =>
  changeRows(diffInputs(before, after), after.startYear, words, nb, f).map(({ label, year, before: b, after: a }) => [label, year, b, a]);

describe('the inputs changed between two versions', () => {
  it('given the same inputs under another name, then nothing has changed', () => {
    expect(diffInputs(base(), { ...base(), name: 'Annet navn' })).toEqual([]);
  });

  it('given a number, a cost, a share and a year added, then each is one row named as the screen names it', () => {
    const before = base();
    const after: Scenario = {
      ...before,
      years: [...before.years.map((y, i) => (i === 1 ? { ...y, children: 12 } : y)), { ...before.years[0]!, singleAdults: 3 }],
      composition: { ...before.composition, adultsAged60Plus: 0.05 },
      costs: { ...before.costs, administrationPerYear: 500_000 },
      housing: { ...before.housing, delaySettlementWithoutDwelling: true },
    };
    expect(rows(before, after)).toEqual([
      ['Antall år', '', '4', '5'],
      ['Barn', '2027', '9', '12'],
      ['Enslige voksne', '2030', '—', '3'],
      ['Voksne 60 år eller eldre (%)', '', '3\u00a0%', '5\u00a0%'],
      ['Vent med bosetting til en bolig er ledig', '', 'nei', 'ja'],
      ['Administrasjon per år (kr)', '', '0\u00a0kr', '500\u00a0000\u00a0kr'],
    ]);
  });

  it('given the first plan year moved, then plan years are compared by calendar year', () => {
    const before = base();
    const after: Scenario = { ...before, startYear: 2027, years: [...before.years.slice(1), before.years[0]!] };
    expect(rows(before, after)).toEqual([['Første planår', '', '2026', '2027']]);
  });

  it('given a request set and an order of dwellings added, then the empty request shows as a dash and the new row by its cells', () => {
    const before = base();
    const after: Scenario = {
      ...before,
      years: before.years.map((y, i) => (i === 0 ? { ...y, request: 40 } : y)),
      housing: { ...before.housing, pipeline: [{ year: 2027, month: 3, units: 6, leadTimeMonths: 0, acquired: true }] },
    };
    expect(rows(before, after)[0]).toEqual(['IMDis anmodning', '2026', '—', '40']);
    expect(rows(before, after).slice(1).map((r) => r[3])).toEqual(['2027', '3', '6', '0', 'ja']);
  });

  it('given own rates changed, added and taken away, then each is one row by its rate and year, matched by rate and year, not by place in the list', () => {
    const own = (rate: 'integration.year2' | 'integration.year1Child', year: number, value: number, source: string) => ({ rate, year, value, source });
    const before = { ...base(), rateOverrides: [own('integration.year2', 2027, 245_000, 'Eget anslag'), own('integration.year1Child', 2026, 200_000, 'Rundskriv')] };
    const after = { ...base(), rateOverrides: [own('integration.year1Child', 2026, 200_000, 'IMDi rundskriv 2026'), own('integration.year2', 2028, 250_000, 'Eget anslag')] };
    expect(rows(before, after).map((r) => r.map((c) => c.replace(/\u00a0/g, ' ')))).toEqual([
      ['Egen sats: Integreringstilskudd år 1, barn, kilde', '2026', 'Rundskriv', 'IMDi rundskriv 2026'],
      ['Egen sats: Integreringstilskudd år 2', '2028', '—', '250 000 kr'],
      ['Egen sats: Integreringstilskudd år 2', '2027', '245 000 kr', '—'],
    ]);
  });
});
