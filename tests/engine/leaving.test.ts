import fc from 'fast-check';
import { projectScenario, type Scenario, type YearInput } from '../../src/engine';
import { stayingShares } from '../../src/engine/leaving';
import { FLAT_2017, line, minorAges, onlyMonth, scenario } from '../builders';

type Five = [number, number, number, number, number];
const leaving = (byYearOfResidence: Five) => ({ leaving: { byYearOfResidence } });

describe('persons who leave (docs/model.md#persons-who-leave)', () => {
  it('given shares 20/50/0/0/0 %, then S(n) is 1, 1, 0,8, 0,4, 0,4, 0,4, 0,4', () => {
    expect(stayingShares([0.2, 0.5, 0, 0, 0])).toEqual([1, 1, 0.8, 0.4, 0.4, 0.4, 0.4]);
  });

  /**
   * 10 single adults settled January 2017 (FLAT_2017 rates), 20 % leave at the end of year 1:
   *
   * | year                  |      2017 |      2018 |      2019 |    2020 |    2021 |
   * | still here            |        10 |         8 |         8 |       8 |       8 |
   * | integration, year n   | 2 350 000 | 1 840 000 | 1 336 000 | 672 000 | 564 000 |
   * |   (10 × 235 000; then 8 × 230 000, 8 × 167 000, 8 × 84 000, 8 × 70 500)            |
   * | Norwegian training ⅓  |   327 167 |   261 733 |   261 733 |       0 |       0 |
   * |   (here/3 × (½ × 141 800 + ½ × 54 500) = here/3 × 98 150)                            |
   * | dwellings, December   |        10 |  8 × 0,9 = 7,2 | 8 × 0,8 = 6,4 | | |
   * | in programme          | Dec 2017: 7,65 × 0,9 = 6,885 (6-month stays ended) → Jan 2018: 6,885 × 0,8 = 5,508 |
   */
  const tenAdults = (share: number) =>
    projectScenario(scenario(2017, 5, { years: [{ singleAdults: 10 }], monthProfile: onlyMonth(1), ...leaving([share, 0, 0, 0, 0]) }), FLAT_2017);

  it('given 10 single adults and 20 % leaving after year 1, then the integration grant of years 2–5 is paid for 8', () => {
    const p = tenAdults(0.2);
    expect(line(p.grants, 'integrationYear1SingleAdult')).toEqual([2_350_000, 0, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear2')).toEqual([0, 1_840_000, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear3')).toEqual([0, 0, 1_336_000, 0, 0]);
    expect(line(p.grants, 'integrationYear4')).toEqual([0, 0, 0, 672_000, 0]);
    expect(line(p.grants, 'integrationYear5')).toEqual([0, 0, 0, 0, 564_000]);
  });

  it('given the same, then the Norwegian-training grant of years 2–3 is paid for 8', () => {
    expect(line(tenAdults(0.2).grants, 'norwegianTraining')).toEqual([327_167, 261_733, 261_733, 0, 0]);
  });

  it('given the same, then their dwellings free in January 2018: 7,2 needed in December 2018 instead of 9', () => {
    expect(tenAdults(0.2).monthly.housing.householdsNeedingDwelling[23]).toBe(7.2);
    expect(tenAdults(0).monthly.housing.householdsNeedingDwelling[23]).toBe(9);
    expect(tenAdults(0.2).monthly.housing.householdsNeedingDwelling[35]).toBe(6.4);
  });

  it('given the same, then the participants fall from 6,885 in December 2017 to 5,508 in January 2018', () => {
    const participants = tenAdults(0.2).monthly.programme.participants;
    expect(participants[11]).toBe(6.885);
    expect(participants[12]).toBe(5.508);
    expect(tenAdults(0).monthly.programme.participants[12]).toBe(6.885);
  });

  /**
   * 5 minors settled aged 15 in January 2017, 20 % leave at the end of year 1:
   * | year        |      2017 |      2018 |      2019 |
   * | age         |        15 |        16 |        17 |
   * | still here  |         5 |         4 |         4 |
   * | young band  | 5 590 000 | 4 472 000 |         0 |
   * | older band  |         0 |         0 | 2 820 000 |
   * in care: December 2017 5, January 2018 4.
   */
  it('given 5 minors aged 15 and 20 % leaving after year 1, then the minors\' grant and the care count follow the 4 who stay', () => {
    const p = projectScenario(
      scenario(2017, 3, {
        years: [{ unaccompaniedMinors: 5 }],
        monthProfile: onlyMonth(1),
        minors: { ageShares: minorAges(15), settlementYear: 'months' },
        ...leaving([0.2, 0, 0, 0, 0]),
      }),
      FLAT_2017,
    );
    expect(line(p.grants, 'minorsYoungBand')).toEqual([5_590_000, 4_472_000, 0]);
    expect(line(p.grants, 'minorsOlderBand')).toEqual([0, 0, 2_820_000]);
    expect(p.monthly.housing.minorsInCare[11]).toBe(5);
    expect(p.monthly.housing.minorsInCare[12]).toBe(4);
    expect(p.monthly.housing.minorsInCare[35]).toBe(4);
  });

  it('given 10 settled the year before the plan and 50 % leaving after year 2, then year 2 is paid for 10 and year 3 for 5', () => {
    // Settled 2016: year 2 in 2017 (10 × 230 000), year 3 in 2018 (5 × 167 000).
    const p = projectScenario(scenario(2017, 2, { settledBefore: { persons: [0, 0, 0, 10], minors: [0, 0, 0, 0] }, ...leaving([0, 0.5, 0, 0, 0]) }), FLAT_2017);
    expect(line(p.grants, 'integrationYear2')).toEqual([2_300_000, 0]);
    expect(line(p.grants, 'integrationYear3')).toEqual([0, 835_000]);
  });
});

const count = fc.integer({ min: 0, max: 100 });
const scenarioArb = fc
  .record({
    startYear: fc.integer({ min: 2016, max: 2030 }),
    years: fc.array(
      fc.record({ singleAdults: count, adultsInFamilies: count, children: count, unaccompaniedMinors: fc.integer({ min: 0, max: 20 }), programmePlaces: fc.option(fc.integer({ min: 0, max: 200 })) }),
      { minLength: 1, maxLength: 8 },
    ),
    monthProfile: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
    settledBefore: fc.tuple(count, count, count, count),
    dwellingsAtStart: fc.integer({ min: 0, max: 300 }),
  })
  .map((r): Scenario =>
    scenario(r.startYear, r.years.length, {
      years: r.years as Partial<YearInput>[],
      monthProfile: r.monthProfile,
      settledBefore: { persons: r.settledBefore, minors: [0, 0, 0, 0] },
      housing: { dwellingsAtStart: r.dwellingsAtStart },
      costs: { socialAssistanceByYearOfResidence: [50_000, 40_000, 30_000, 20_000, 10_000] },
    }),
  );
const shares = fc.tuple(...Array.from({ length: 5 }, () => fc.double({ min: 0, max: 1, noNaN: true }))) as fc.Arbitrary<Five>;
const withLeaving = (s: Scenario, byYearOfResidence: Five): Scenario => ({ ...s, leaving: { byYearOfResidence } });

describe('persons who leave: properties (fast-check)', () => {
  it('given no one leaving before the end of year 5 and a horizon of at most 5 years, then any share leaving after year 5 changes nothing', () => {
    fc.assert(
      fc.property(scenarioArb.map((s) => ({ ...s, years: s.years.slice(0, 5), settledBefore: { persons: [0, 0, 0, 0] as const, minors: [0, 0, 0, 0] as const } })), fc.double({ min: 0, max: 1, noNaN: true }), (s, last) => {
        expect(projectScenario(withLeaving(s, [0, 0, 0, 0, last]), FLAT_2017)).toEqual(projectScenario(s, FLAT_2017));
      }),
      { numRuns: 40 },
    );
  });

  it('given more leaving in every year of residence, then no grant line, no cost per person and no dwelling need rises in any year', () => {
    fc.assert(
      fc.property(scenarioArb, shares, shares, (s, a, extra) => {
        const more = a.map((x, i) => Math.min(1, x + (extra[i] ?? 0) * (1 - x))) as Five;
        const few = projectScenario(withLeaving(s, a), FLAT_2017);
        const many = projectScenario(withLeaving(s, more), FLAT_2017);
        many.grants.forEach((l, i) => l.values.forEach((v, y) => expect(v).toBeLessThanOrEqual(few.grants[i]?.values[y] ?? 0)));
        const social = (p: typeof few) => p.costs.find((c) => c.id === 'socialAssistance')?.values ?? [];
        social(many).forEach((v, y) => expect(v).toBeLessThanOrEqual(social(few)[y] ?? 0));
        many.monthly.housing.householdsNeedingDwelling.forEach((v, t) => expect(v).toBeLessThanOrEqual((few.monthly.housing.householdsNeedingDwelling[t] ?? 0) + 1e-6));
      }),
      { numRuns: 60 },
    );
  });
});
