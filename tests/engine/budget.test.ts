import { projectScenario } from '../../src/engine';
import { FLAT_2017, line, scenario } from '../builders';

describe('costs and the budget (docs/model.md#costs-and-the-budget)', () => {
  const p = projectScenario(
    scenario(2017, 6, {
      years: [{ singleAdults: 10 }, {}, {}, {}, {}, {}],
      composition: { adultsAged18to55: 0 },
      costs: {
        socialAssistanceByYearOfResidence: [100_000, 80_000, 50_000, 20_000, 10_000],
        administrationPerYear: 250_000,
      },
    }),
    FLAT_2017,
  );

  it('given social assistance by year of residence, then 10 persons are priced at their year of residence', () => {
    expect(line(p.costs, 'socialAssistance')).toEqual([1_000_000, 800_000, 500_000, 200_000, 100_000, 0]);
  });

  it('given no adult aged 18–55, then no introduction benefit is paid', () => {
    expect(line(p.costs, 'introductionBenefit')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('given the lines, then income, cost, net and cumulative net add up per year', () => {
    // Integration grant 2 350 000 … 705 000, plus Norwegian training 10 × 98 150 / 3 = 327 167 in years 1–3.
    expect(p.budget.years.map((y) => y.income)).toEqual([2_677_167, 2_627_167, 1_997_167, 840_000, 705_000, 0]);
    expect(p.budget.years.map((y) => y.cost)).toEqual([1_250_000, 1_050_000, 750_000, 450_000, 350_000, 250_000]);
    expect(p.budget.years.map((y) => y.net)).toEqual([1_427_167, 1_577_167, 1_247_167, 390_000, 355_000, -250_000]);
    expect(p.budget.years.map((y) => y.cumulativeNet)).toEqual([1_427_167, 3_004_334, 4_251_501, 4_641_501, 4_996_501, 4_746_501]);
  });

  it('given a six-year plan, then the economy plan covers its first four years and the horizon all six', () => {
    expect(p.budget.economyPlan).toEqual({ fromYear: 2017, toYear: 2020, income: 8_141_501, cost: 3_500_000, net: 4_641_501, estimated: false, incomeEstimated: false, costEstimated: false });
    expect(p.budget.horizon.net).toBe(4_746_501);
  });

  it('given verified rates only, then no year is marked estimated', () => {
    expect(p.budget.years.every((y) => !y.estimated)).toBe(true);
    expect(p.grants.find((l) => l.id === 'integrationYear1SingleAdult')?.status[0]).toBe('verified');
  });
});
