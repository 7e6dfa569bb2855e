import { projectScenario } from '../../src/engine';
import { FLAT_2017, scenario } from '../builders';

/**
 * 8 dwellings bought, ordered in March 2026 with a lead time of 12 months: ready March 2027.
 *
 * | 2026–2029            | 2026 |       2027 | 2028 | 2029 | economy plan |
 * |----------------------|------|------------|------|------|--------------|
 * | acquisition 8 × 3 500 000 | 0 | 28 000 000 | 0 | 0 | 28 000 000 |
 * | Husbanken, other zone 8 × 680 000 | 0 | 5 440 000 | 0 | 0 | 5 440 000 |
 * | net                  | 0    | 22 560 000 | 0    | 0    | 22 560 000   |
 */
const buying = (husbankenGrant: boolean, acquired = true) =>
  projectScenario(
    scenario(2026, 5, {
      housing: { pipeline: [{ year: 2026, month: 3, units: 8, leadTimeMonths: 12, acquired }], zone: 'other', husbankenGrant },
      costs: { acquisitionCostPerUnit: 3_500_000 },
    }),
    FLAT_2017,
  ).capital;

describe('investment budget (docs/model.md#investment-budget)', () => {
  it('given 8 dwellings bought at 3 500 000 kr, ready in 2027, and no Husbanken grant, then 28 000 000 kr is invested in 2027 and nothing is granted', () => {
    const c = buying(false);
    expect(c.units).toEqual([0, 8, 0, 0, 0]);
    expect(c.acquisition).toEqual([0, 28_000_000, 0, 0, 0]);
    expect(c.husbankenGrant).toEqual([0, 0, 0, 0, 0]);
    expect(c.net).toEqual([0, 28_000_000, 0, 0, 0]);
    expect(c.economyPlan).toEqual({ fromYear: 2026, toYear: 2029, units: 8, acquisition: 28_000_000, husbankenGrant: 0, net: 28_000_000 });
  });

  it('given the same with Husbanken\'s grant on in zone «other», then 8 × 680 000 = 5 440 000 kr is granted and 22 560 000 kr is the net investment', () => {
    const c = buying(true);
    expect(c.husbankenGrant).toEqual([0, 5_440_000, 0, 0, 0]);
    expect(c.net).toEqual([0, 22_560_000, 0, 0, 0]);
    expect(c.horizon).toEqual({ fromYear: 2026, toYear: 2030, units: 8, acquisition: 28_000_000, husbankenGrant: 5_440_000, net: 22_560_000 });
  });

  it('given the dwellings rented, not acquired, then the investment budget is empty', () => {
    const c = buying(true, false);
    expect(c.acquisition).toEqual([0, 0, 0, 0, 0]);
    expect(c.horizon.net).toBe(0);
  });

  it('given the dwellings ready after the horizon, then they fall outside the plan', () => {
    const c = projectScenario(
      scenario(2026, 2, { housing: { pipeline: [{ year: 2027, month: 6, units: 8, leadTimeMonths: 12, acquired: true }] }, costs: { acquisitionCostPerUnit: 3_500_000 } }),
      FLAT_2017,
    ).capital;
    expect(c.acquisition).toEqual([0, 0]);
  });
});
