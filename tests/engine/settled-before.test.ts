import { projectScenario } from '../../src/engine';
import { AGES_15_TO_17, FLAT_2017, line, scenario } from '../builders';

/** Persons settled in the four years before the plan (oldest first: start − 4 … start − 1). */
const before = (persons: [number, number, number, number], minors: [number, number, number, number] = [0, 0, 0, 0]) => ({ settledBefore: { persons, minors } });

describe('refugees settled before the plan starts', () => {
  it('given 10 persons settled the year before a 2026 plan, on the 2017 table, then years of residence 2–5 are paid 2026–2029 and nothing after', () => {
    const p = projectScenario(scenario(2026, 5, before([0, 0, 0, 10])), FLAT_2017);
    expect(line(p.grants, 'integrationYear2')).toEqual([2_300_000, 0, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear3')).toEqual([0, 1_670_000, 0, 0, 0]);
    expect(line(p.grants, 'integrationYear4')).toEqual([0, 0, 840_000, 0, 0]);
    expect(line(p.grants, 'integrationYear5')).toEqual([0, 0, 0, 705_000, 0]);
    expect(line(p.grants, 'integrationYear1SingleAdult')).toEqual([0, 0, 0, 0, 0]);
  });

  it('given 4 persons settled four years before, then only their fifth year falls in the plan: 4 × 70 500 in 2026', () => {
    const p = projectScenario(scenario(2026, 2, before([4, 0, 0, 0])), FLAT_2017);
    expect(line(p.grants, 'integrationYear5')).toEqual([282_000, 0]);
    expect(p.budget.years.map((y) => y.income)).toEqual([282_000, 0]);
  });

  it('given them, then the plan has no persons, dwellings or programme participants of them, and no cost', () => {
    const p = projectScenario(scenario(2026, 2, before([5, 5, 5, 5])), FLAT_2017);
    expect(p.persons.map((y) => y.settled.singleAdults + y.settled.adultsInFamilies + y.settled.children + y.settled.unaccompaniedMinors + y.reunified)).toEqual([0, 0]);
    expect(Math.max(...p.monthly.housing.householdsNeedingDwelling)).toBe(0);
    expect(p.budget.years.map((y) => y.cost)).toEqual([0, 0]);
  });

  it('given 3 minors settled two years before a 2026 plan, aged 15, 16 and 17 at settlement, then they are paid the full year at their age band until the year they turn 20', () => {
    // Settled in 2024: in 2026 they are 17, 18 and 19 (older band), in 2027 18, 19 and 20, and
    // in 2028 19, 20 and 21: the one settled at 17 turned 20 in 2027, its last paid year.
    const p = projectScenario(scenario(2026, 3, { ...before([0, 0, 0, 0], [0, 0, 3, 0]), minors: { ageShares: AGES_15_TO_17, settlementYear: 'months' } }), FLAT_2017);
    expect(line(p.grants, 'minorsYoungBand')).toEqual([0, 0, 0]);
    expect(line(p.grants, 'minorsOlderBand')).toEqual([2_115_000, 2_115_000, 1_410_000]);
    // Their integration grant: years of residence 3, 4 and 5 in 2026–2028.
    expect(line(p.grants, 'integrationYear3')).toEqual([501_000, 0, 0]);
    expect(line(p.grants, 'integrationYear4')).toEqual([0, 252_000, 0]);
    expect(line(p.grants, 'integrationYear5')).toEqual([0, 0, 211_500]);
  });
});
