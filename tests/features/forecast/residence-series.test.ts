import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../src/engine';
import { toResidenceSeries } from '../../../src/features/forecast';
import { FLAT_2017, scenario } from '../../builders';

describe('toResidenceSeries', () => {
  it('given 10 single adults in 2017 and 4 in 2018, then persons move up a year of residence each year and the peak is 2018', () => {
    const series = toResidenceSeries(projectScenario(scenario(2017, 7, { years: [{ singleAdults: 10 }, { singleAdults: 4 }] }), FLAT_2017));
    expect(series.rows.slice(0, 3)).toEqual([
      { year: 2017, y1: 10, y2: 0, y3: 0, y4: 0, y5: 0, y6plus: 0 },
      { year: 2018, y1: 4, y2: 10, y3: 0, y4: 0, y5: 0, y6plus: 0 },
      { year: 2019, y1: 0, y2: 4, y3: 10, y4: 0, y5: 0, y6plus: 0 },
    ]);
    expect(series.rows[5]).toEqual({ year: 2022, y1: 0, y2: 0, y3: 0, y4: 0, y5: 4, y6plus: 10 });
    expect(series.rows[6]).toEqual({ year: 2023, y1: 0, y2: 0, y3: 0, y4: 0, y5: 0, y6plus: 14 });
    // 2018 and 2019 both have 14 in years 1–5: the earlier year is the peak.
    expect(series.peak).toEqual({ year: 2018, persons: 14 });
  });

  it('given no one settled, then there is no peak', () => {
    expect(toResidenceSeries(projectScenario(scenario(2017, 2), FLAT_2017)).peak).toBeNull();
  });
});
