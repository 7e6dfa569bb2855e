import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../src/engine';
import { toBudgetSeries } from '../../../src/components/charts';
import { FLAT_2017, scenario } from '../../builders';

/** 10 single adults in 2017, none in the programme, low Norwegian-training rate. */
const tenSingles = (administrationPerYear: number) =>
  projectScenario(
    scenario(2017, 3, {
      years: [{ singleAdults: 10 }],
      composition: { adultsAged18to55: 0, norwegianTrainingHighRate: 0 },
      costs: { administrationPerYear },
    }),
    FLAT_2017,
  );

describe('toBudgetSeries', () => {
  it('given 10 single adults in 2017 and 100 000 a year in administration, then income, cost, net and cumulative per year, and a surplus every year', () => {
    // Income: integration 10 × 235 000 / 230 000 / 167 000, plus Norwegian training 10 × 54 500 / 3 = 181 667 a year.
    const series = toBudgetSeries(tenSingles(100_000));
    expect(series.rows).toEqual([
      { year: 2017, income: 2_531_667, cost: 100_000, net: 2_431_667, cumulativeNet: 2_431_667, estimated: false },
      { year: 2018, income: 2_481_667, cost: 100_000, net: 2_381_667, cumulativeNet: 4_813_334, estimated: false },
      { year: 2019, income: 1_851_667, cost: 100_000, net: 1_751_667, cumulativeNet: 6_565_001, estimated: false },
    ]);
    expect(series.finding).toEqual({ kind: 'surplus', firstDeficitYear: null, lastYear: 2019, cumulativeNet: 6_565_001 });
  });

  it('given 2 000 000 a year in administration, then costs exceed grants first in 2019', () => {
    const series = toBudgetSeries(tenSingles(2_000_000));
    expect(series.rows.map((r) => r.net)).toEqual([531_667, 481_667, -148_333]);
    expect(series.finding).toEqual({ kind: 'deficit', firstDeficitYear: 2019, lastYear: 2019, cumulativeNet: 865_001 });
  });

  it('given a year with costs 51 kr above grants, then that is no deficit: it rounds to 0 in thousands', () => {
    const series = toBudgetSeries(tenSingles(1_851_718));
    expect(series.rows.map((r) => r.net)).toEqual([679_949, 629_949, -51]);
    expect(series.finding).toEqual({ kind: 'surplus', firstDeficitYear: null, lastYear: 2019, cumulativeNet: 1_309_847 });
  });

  it('given no one settled and no costs, then the finding is empty', () => {
    expect(toBudgetSeries(projectScenario(scenario(2017, 2), FLAT_2017)).finding).toEqual({ kind: 'empty' });
  });
});
