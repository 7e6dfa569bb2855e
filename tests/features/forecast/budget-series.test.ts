import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../src/engine';
import { toBudgetSeries } from '../../../src/report/budget-series';
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
    expect(series.finding).toEqual({ kind: 'surplus', firstDeficitYear: null, shortfall: 0, lastYear: 2019, cumulativeNet: 6_565_001 });
  });

  it('given 2 000 000 a year in administration, then costs exceed grants first in 2019, by more than 2 % of its grants', () => {
    // 2019: grants 1 851 667, costs 2 000 000, short 148 333 = 8,0 % of the grants > 2 %.
    const series = toBudgetSeries(tenSingles(2_000_000));
    expect(series.rows.map((r) => r.net)).toEqual([531_667, 481_667, -148_333]);
    expect(series.finding).toEqual({ kind: 'deficit', firstDeficitYear: 2019, shortfall: 148_333, lastYear: 2019, cumulativeNet: 865_001 });
  });

  it('given costs above grants by no more than 2 % of the year’s grants, then that is a small shortfall, not a deficit', () => {
    // 2019: grants 1 851 667, costs 1 888 700, short 37 033 = 1,9999 % of the grants (2 % is 37 033,34).
    const series = toBudgetSeries(tenSingles(1_888_700));
    expect(series.rows.map((r) => r.net)).toEqual([642_967, 592_967, -37_033]);
    expect(series.finding).toEqual({ kind: 'minorDeficit', firstDeficitYear: 2019, shortfall: 37_033, lastYear: 2019, cumulativeNet: 1_198_901 });
  });

  it('given costs above grants by just over 2 % of the year’s grants but under 50 000 kr, then it is still a small shortfall', () => {
    // 2019: short 37 034 > 37 033,34 (2 %), but < 50 000.
    const series = toBudgetSeries(tenSingles(1_888_701));
    expect(series.finding).toEqual({ kind: 'minorDeficit', firstDeficitYear: 2019, shortfall: 37_034, lastYear: 2019, cumulativeNet: 1_198_898 });
  });

  it('given costs above grants by 50 000 kr, 2,7 % of the year’s grants, then it is a deficit', () => {
    // 2017: 2 531 667 − 1 901 667 = 630 000; 2018: 580 000; 2019: 1 851 667 − 1 901 667 = −50 000 (2,7 % of 1 851 667).
    const series = toBudgetSeries(tenSingles(1_901_667));
    expect(series.finding).toEqual({ kind: 'deficit', firstDeficitYear: 2019, shortfall: 50_000, lastYear: 2019, cumulativeNet: 1_160_000 });
  });

  it('given a year with costs 51 kr above grants, then that is a small shortfall of 51 kr, not a surplus every year', () => {
    // 0 in the printed thousands, but −51 in the chart's table in kroner: the title must not say every year has a surplus.
    const series = toBudgetSeries(tenSingles(1_851_718));
    expect(series.rows.map((r) => r.net)).toEqual([679_949, 629_949, -51]);
    expect(series.finding).toEqual({ kind: 'minorDeficit', firstDeficitYear: 2019, shortfall: 51, lastYear: 2019, cumulativeNet: 1_309_847 });
  });

  it('given no one settled and no costs, then the finding is empty', () => {
    expect(toBudgetSeries(projectScenario(scenario(2017, 2), FLAT_2017)).finding).toEqual({ kind: 'empty' });
  });
});
