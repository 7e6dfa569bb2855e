import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../src/engine';
import { toResidenceSeries } from '../../../src/report/residence-series';
import { roundParts } from '../../../src/report/residence-series';
import { FLAT_2017, scenario } from '../../builders';

describe('toResidenceSeries', () => {
  it('given 10 single adults in 2017 and 4 in 2018, then persons move up a year of residence each year and the peak is 2018', () => {
    const series = toResidenceSeries(projectScenario(scenario(2017, 7, { years: [{ singleAdults: 10 }, { singleAdults: 4 }] }), FLAT_2017));
    expect(series.rows.slice(0, 3)).toEqual([
      { year: 2017, y1: 10, y2: 0, y3: 0, y4: 0, y5: 0, y6plus: 0, grantYears: 10, total: 10 },
      { year: 2018, y1: 4, y2: 10, y3: 0, y4: 0, y5: 0, y6plus: 0, grantYears: 14, total: 14 },
      { year: 2019, y1: 0, y2: 4, y3: 10, y4: 0, y5: 0, y6plus: 0, grantYears: 14, total: 14 },
    ]);
    expect(series.rows[5]).toEqual({ year: 2022, y1: 0, y2: 0, y3: 0, y4: 0, y5: 4, y6plus: 10, grantYears: 4, total: 14 });
    expect(series.rows[6]).toEqual({ year: 2023, y1: 0, y2: 0, y3: 0, y4: 0, y5: 0, y6plus: 14, grantYears: 0, total: 14 });
    // 2018–2021 have 14 in years 1–5, 2022 has 4: the earliest of the highest years is a peak, as the series falls after it.
    expect(series.trend).toEqual({ kind: 'peak', year: 2018, value: 14 });
  });

  it('given no one settled, then there is no peak', () => {
    expect(toResidenceSeries(projectScenario(scenario(2017, 2), FLAT_2017)).trend).toBeNull();
  });

  it('given fractional expected counts, then each row is rounded once: its parts add up to its total as shown', () => {
    // | parts              | sum 104,4 → 104 | floors 20 ×5 + 2 = 102 | left 2 | equal fractions: the earlier two | 21 21 20 20 20 2 |
    expect(roundParts([20.4, 20.4, 20.4, 20.4, 20.4, 2.4])).toEqual([21, 21, 20, 20, 20, 2]);
    // | 20,6 20,6 21,4 21,4 21,4 0,8 | sum 106,2 → 106 | floors 103 | left 3 | fractions 0,8 0,6 0,6 | 21 21 21 21 21 1 |
    expect(roundParts([20.6, 20.6, 21.4, 21.4, 21.4, 0.8])).toEqual([21, 21, 21, 21, 21, 1]);
    // | 20,4 ×5 and 5,4           | sum 107,4 → 107 | floors 100 + 5 = 105     | left 2 | ties: the earlier two get one each | 21 21 20 20 20 5 |
    // (each rounded alone: 20 ×5 + 5 = 105 against a sum of 107)
    expect(roundParts([20.4, 20.4, 20.4, 20.4, 20.4, 5.4])).toEqual([21, 21, 20, 20, 20, 5]);
    // | 10,5 ×6 = 63 | floors 10 ×6 = 60 | left 3 | ties: the earlier | 11 11 11 10 10 10 |   (each alone: 11 ×6 = 66 ≠ 63)
    expect(roundParts([10.5, 10.5, 10.5, 10.5, 10.5, 10.5])).toEqual([11, 11, 11, 10, 10, 10]);
  });
});
