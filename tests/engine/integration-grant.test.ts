import { projectScenario } from '../../src/engine';
import { FLAT_2017, flatReference, line, onlyMonth, scenario, table } from '../builders';

describe('integration grant (docs/model.md#integration-grant)', () => {
  it('given 10 single adults settled in 2017 on the 2017 table, then 2 350 000 in 2017 and 7 865 000 over five years', () => {
    const p = projectScenario(scenario(2017, 6, { years: [{ singleAdults: 10 }] }), FLAT_2017);
    expect(line(p.grants, 'integrationYear1SingleAdult')).toEqual([2_350_000, 0, 0, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear2')).toEqual([0, 2_300_000, 0, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear3')).toEqual([0, 0, 1_670_000, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear4')).toEqual([0, 0, 0, 840_000, 0, 0]);
    expect(line(p.grants, 'integrationYear5')).toEqual([0, 0, 0, 0, 705_000, 0]);
    const fiveYears = p.grants.filter((l) => l.id.startsWith('integration')).flatMap((l) => l.values).reduce((a, b) => a + b, 0);
    expect(fiveYears).toBe(7_865_000);
  });

  it.each([
    ['single adults', { singleAdults: 4 }, 'integrationYear1SingleAdult', 940_000],
    ['adults in families', { adultsInFamilies: 4 }, 'integrationYear1AdultInFamily', 740_000],
    ['children', { children: 4 }, 'integrationYear1Child', 740_000],
    ['unaccompanied minors', { unaccompaniedMinors: 4 }, 'integrationYear1Minor', 740_000],
  ] as const)('given 4 %s, then year 1 is paid at its category rate: %s', (_, year, id, expected) => {
    const p = projectScenario(scenario(2017, 2, { years: [year] }), FLAT_2017);
    expect(line(p.grants, id)[0]).toBe(expected);
    expect(line(p.grants, 'integrationYear2')[1]).toBe(920_000);
  });

  it('given a December arrival, then the whole year-1 rate is paid and year 2 starts in January', () => {
    const p = projectScenario(scenario(2017, 2, { years: [{ singleAdults: 1 }], monthProfile: onlyMonth(12) }), FLAT_2017);
    expect(line(p.grants, 'integrationYear1SingleAdult')).toEqual([235_000, 0]);
    expect(line(p.grants, 'integrationYear2')).toEqual([0, 230_000]);
  });

  it('given a 2018 table with a different year-2 rate, then the 2017 cohort is paid the 2018 rate in 2018', () => {
    const reference = flatReference((year) => table(year, year === 2018 ? { year2: 240_000 } : {}));
    const p = projectScenario(scenario(2017, 3, { years: [{ singleAdults: 10 }, { singleAdults: 1 }, { singleAdults: 1 }] }), reference);
    expect(line(p.grants, 'integrationYear2')).toEqual([0, 2_400_000, 230_000]);
  });

  it('given 3 reunified adults with humanitarian status, then they are paid three years only', () => {
    const reunification = { perSingleAdult: 0.3, lagShares: [1, 0, 0] as const, childShare: 0 };
    const humanitarian = scenario(2017, 6, { years: [{ singleAdults: 10 }], familyReunification: { ...reunification, humanitarianShare: 1 } });
    const other = scenario(2017, 6, { years: [{ singleAdults: 10 }], familyReunification: { ...reunification, humanitarianShare: 0 } });
    const h = projectScenario(humanitarian, FLAT_2017);
    const o = projectScenario(other, FLAT_2017);
    expect(line(h.grants, 'integrationYear1AdultInFamily')).toEqual([0, 555_000, 0, 0, 0, 0]);
    expect(line(h.grants, 'integrationYear2')).toEqual([0, 2_300_000, 690_000, 0, 0, 0]);
    expect(line(h.grants, 'integrationYear3')).toEqual([0, 0, 1_670_000, 501_000, 0, 0]);
    expect(line(h.grants, 'integrationYear4')).toEqual([0, 0, 0, 840_000, 0, 0]);
    expect(line(o.grants, 'integrationYear4')).toEqual([0, 0, 0, 840_000, 252_000, 0]);
    expect(line(o.grants, 'integrationYear5')).toEqual([0, 0, 0, 0, 705_000, 211_500]);
    expect(line(h.grants, 'integrationYear5')).toEqual([0, 0, 0, 0, 705_000, 0]);
  });

  it('given a policy what-if scaling the integration grant by 1.5, then every integration line is 1.5 times', () => {
    const p = projectScenario(
      scenario(2017, 2, { years: [{ singleAdults: 10 }], policy: { grantScale: { ...scenario(2017, 1).policy.grantScale, integration: 1.5 } } }),
      FLAT_2017,
    );
    expect(line(p.grants, 'integrationYear1SingleAdult')[0]).toBe(3_525_000);
    expect(line(p.grants, 'integrationYear2')[1]).toBe(3_450_000);
  });
});

describe('rate overrides', () => {
  it('given the planner enters a 2018 year-2 rate of 240 000, then the 2017 cohort is paid it in 2018, marked user-entered', () => {
    const p = projectScenario(
      scenario(2017, 3, {
        years: [{ singleAdults: 10 }],
        rateOverrides: [{ year: 2018, rate: 'integration.year2', value: 240_000, source: 'IMDi rundskriv 2018' }],
      }),
      FLAT_2017,
    );
    const year2 = p.grants.find((l) => l.id === 'integrationYear2');
    expect(year2?.values).toEqual([0, 2_400_000, 0]);
    expect(year2?.status).toEqual([null, 'user-entered', null]);
  });

  it('given an override for a year beyond the tables, then the years between are indexed from the last table, not the override', () => {
    const reference = flatReference((year) => table(year, { year2: year * 100 }));
    const p = projectScenario(
      scenario(2061, 2, {
        years: [{ singleAdults: 1 }],
        rateOverrides: [{ year: 2063, rate: 'elderly', value: 1, source: 'test' }],
      }),
      reference,
    );
    // 2062 has no table: the nearest one before it, 2060 (year 2 = 206 000), indexed at growth 0.
    expect(line(p.grants, 'integrationYear2')).toEqual([0, 206_000]);
    expect(p.indexedYears).toEqual([2061, 2062]);
  });
});
