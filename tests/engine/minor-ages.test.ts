import { projectScenario } from '../../src/engine';
import { minorAgeShares } from '../../src/engine/minor-ages';
import { AGES_15_TO_17, FLAT_2017, line, minorAges, onlyMonth, scenario } from '../builders';

/** Minors in care in December of each plan year. */
const decembers = (months: readonly number[]) => months.filter((_, t) => t % 12 === 11);

describe('minors settled aged 6 to 17: one rule for the grant and the care count (docs/model.md#unaccompanied-minors)', () => {
  it('given one minor settled aged 6 in January 2020, then the young band runs 11 years (ages 6–16), the older band 4 (17–20), and the minor is in care all 15 years', () => {
    // year   2020 … 2030 | 2031 2032 2033 2034
    // age       6 …   16 |   17   18   19   20
    // band  1 118 000 ×11 | 705 000 ×4
    const p = projectScenario(
      scenario(2020, 15, { years: [{ unaccompaniedMinors: 1 }], monthProfile: onlyMonth(1), minors: { ageShares: minorAges(6), settlementYear: 'months' } }),
      FLAT_2017,
    );
    expect(line(p.grants, 'minorsYoungBand')).toEqual([...Array<number>(11).fill(1_118_000), 0, 0, 0, 0]);
    expect(line(p.grants, 'minorsOlderBand')).toEqual([...Array<number>(11).fill(0), 705_000, 705_000, 705_000, 705_000]);
    expect(decembers(p.monthly.housing.minorsInCare)).toEqual(Array<number>(15).fill(1));
  });

  it('given 3 minors aged 15, 16 and 17 settled in January 2023, then the care count falls by one after each December they turn 20', () => {
    // turns 20 in: aged 17 → 2026, 16 → 2027, 15 → 2028
    // December   2023 2024 2025 2026 2027 2028 2029
    // in care       3    3    3    3    2    1    0
    const p = projectScenario(
      scenario(2023, 7, { years: [{ unaccompaniedMinors: 3 }], monthProfile: onlyMonth(1), minors: { ageShares: AGES_15_TO_17, settlementYear: 'months' } }),
      FLAT_2017,
    );
    expect(decembers(p.monthly.housing.minorsInCare)).toEqual([3, 3, 3, 3, 2, 1, 0]);
    expect(p.monthly.housing.minorsInCare[48]).toBe(2);
  });

  it('given age weights that are all zero, then the minors are taken as 15–17 evenly: 10 minors in care and the grant paid for 10 (issue 13)', () => {
    // 10 minors, 10/3 at each of 15, 16, 17, January 2023, FLAT_2017 rates:
    // 2023: young (15, 16) 20/3 × 1 118 000 = 7 453 333; older (17) 10/3 × 705 000 = 2 350 000
    const p = projectScenario(
      scenario(2023, 2, { years: [{ unaccompaniedMinors: 10 }], monthProfile: onlyMonth(1), minors: { ageShares: minorAges(), settlementYear: 'months' } }),
      FLAT_2017,
    );
    expect(p.monthly.housing.minorsInCare[0]).toBe(10);
    expect(line(p.grants, 'minorsYoungBand')[0]).toBe(7_453_333);
    expect(line(p.grants, 'minorsOlderBand')[0]).toBe(2_350_000);
    expect(minorAgeShares(minorAges())).toEqual(minorAgeShares(AGES_15_TO_17));
  });

  it('given weights of another length than twelve, then the default ages are used', () => {
    expect(minorAgeShares([1, 1, 1])).toEqual(minorAgeShares(AGES_15_TO_17));
  });
});
