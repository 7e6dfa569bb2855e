import { projectScenario } from '../../src/engine';
import { AGES_15_TO_17, FLAT_2017, flatReference, line, onlyMonth, scenario, table } from '../builders';

describe('elderly and kindergarten grants (docs/model.md#elderly-and-kindergarten-grants)', () => {
  it('given 100 adults in families, 3 % aged 60+, then 3 × 164 200 = 492 600 once in year 1', () => {
    const p = projectScenario(scenario(2017, 2, { years: [{ adultsInFamilies: 100 }], composition: { adultsAged60Plus: 0.03 } }), FLAT_2017);
    expect(line(p.grants, 'elderly')).toEqual([492_600, 0]);
  });

  it('given 100 children, 35 % aged 0–5, then 35 × 25 100 = 878 500 once in year 1', () => {
    const p = projectScenario(scenario(2017, 2, { years: [{ children: 100 }] }), FLAT_2017);
    expect(line(p.grants, 'kindergarten')).toEqual([878_500, 0]);
  });
});

describe('unaccompanied-minor grant (docs/model.md#minors-grant)', () => {
  const minors = (month: number, settlementYear: 'months' | 'full-year' = 'months') =>
    projectScenario(
      scenario(2023, 8, { years: [{ unaccompaniedMinors: 3 }], monthProfile: onlyMonth(month), minors: { ageShares: AGES_15_TO_17, settlementYear } }),
      FLAT_2017,
    );

  it('given three minors aged 15, 16 and 17 settled in January, then the young band runs through 16 and the grant through the year they turn 20', () => {
    const p = minors(1);
    expect(line(p.grants, 'minorsYoungBand')).toEqual([2_236_000, 1_118_000, 0, 0, 0, 0, 0, 0]);
    expect(line(p.grants, 'minorsOlderBand')).toEqual([705_000, 1_410_000, 2_115_000, 2_115_000, 1_410_000, 705_000, 0, 0]);
    expect(line(p.grants, 'integrationYear1Minor')[0]).toBe(555_000);
  });

  it('given a July arrival, then the settlement year pays 6 of 12 months; switched to full year, all 12', () => {
    expect(line(minors(7).grants, 'minorsYoungBand')[0]).toBe(1_118_000);
    expect(line(minors(7).grants, 'minorsOlderBand')[0]).toBe(352_500);
    expect(line(minors(7, 'full-year').grants, 'minorsOlderBand')[0]).toBe(705_000);
  });

  it('given minors of 2016, then the one-off of that year is paid per minor', () => {
    const reference = flatReference((year) => {
      const t = table(year);
      return year === 2016 ? { ...t, minors: { ...t.minors, oneOff: { value: 100_000, status: 'verified', source: { kind: 'text', text: 'imdi.no 2016' } } } } : t;
    });
    const p = projectScenario(scenario(2016, 2, { years: [{ unaccompaniedMinors: 2 }, { unaccompaniedMinors: 2 }] }), reference);
    expect(line(p.grants, 'minorsOneOff')).toEqual([200_000, 0]);
  });
});

describe('high-needs grant (docs/model.md#high-needs-grant)', () => {
  it('given 2 tier-1 persons, then 2 × 190 800 once in year 1', () => {
    const p = projectScenario(scenario(2019, 2, { years: [{ singleAdults: 2, highNeedsTier1: 2 }] }), FLAT_2017);
    expect(line(p.grants, 'highNeedsTier1')).toEqual([381_600, 0]);
  });

  it.each([
    [900_000, 700_000],
    [2_000_000, 1_320_000],
    [150_000, 0],
  ])('given one tier-2 person documenting %i a year, then %i a year for five years', (cost, perYear) => {
    const p = projectScenario(
      scenario(2019, 6, { years: [{ singleAdults: 1, highNeedsTier2: 1 }], highNeedsTier2DocumentedCost: cost }),
      FLAT_2017,
    );
    expect(line(p.grants, 'highNeedsTier2')).toEqual([perYear, perYear, perYear, perYear, perYear, 0]);
  });

  it('given a what-if of +50 % for high needs, then tier 1 is 1.5 × 2 × 190 800', () => {
    const base = scenario(2019, 1);
    const p = projectScenario(
      scenario(2019, 1, { years: [{ highNeedsTier1: 2 }], policy: { grantScale: { ...base.policy.grantScale, highNeeds: 1.5 } } }),
      FLAT_2017,
    );
    expect(line(p.grants, 'highNeedsTier1')).toEqual([572_400]);
  });
});

describe('grants tied to the request and the decision (docs/model.md#above-request-grant)', () => {
  it('given 14 settled against a request of 10, then 4 × 50 000 and a policy bonus of 4 × 20 000', () => {
    const p = projectScenario(
      scenario(2023, 1, { years: [{ singleAdults: 10, unaccompaniedMinors: 4, request: 10 }], policy: { aboveRequestBonusPerPerson: 20_000 } }),
      FLAT_2017,
    );
    expect(line(p.grants, 'aboveRequest')).toEqual([200_000]);
    expect(line(p.grants, 'policyBonus')).toEqual([80_000]);
  });

  it('given fewer settled than requested, then no extra grant', () => {
    const p = projectScenario(scenario(2023, 1, { years: [{ singleAdults: 8, request: 10 }] }), FLAT_2017);
    expect(line(p.grants, 'aboveRequest')).toEqual([0]);
  });

  it('given 2022 compensation and 14 settled of 20 decided, then 6 × 50 000', () => {
    const reference = flatReference((year) => table(year, year === 2022 ? { unusedDecidedPlace: 50_000 } : {}));
    const p = projectScenario(scenario(2022, 2, { years: [{ singleAdults: 14, decision: 20 }, { singleAdults: 14, decision: 20 }] }), reference);
    expect(line(p.grants, 'unusedDecidedPlace')).toEqual([300_000, 0]);
  });
});

describe('Norwegian-training grant (docs/model.md#norwegian-training-grant)', () => {
  it('given 30 single adults, half on the high rate, then 30 × 98 150 paid in thirds over three years', () => {
    const p = projectScenario(scenario(2019, 4, { years: [{ singleAdults: 30 }] }), FLAT_2017);
    expect(line(p.grants, 'norwegianTraining')).toEqual([981_500, 981_500, 981_500, 0]);
  });
});
