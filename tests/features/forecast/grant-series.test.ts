import { describe, expect, it } from 'vitest';
import { toGrantSeries } from '../../../src/report/grant-series';
import { projectionWith } from './projection-fixture';

describe('toGrantSeries', () => {
  it('given lines of several groups, then each year sums its lines per group and the peak is the highest year', () => {
    const projection = projectionWith([2027, 2028, 2029], {
      integrationYear1SingleAdult: [2_350_000, 0, 0],
      integrationYear1Child: [925_000, 370_000, 0],
      integrationYear2: [0, 2_300_000, 460_000],
      integrationYear3: [0, 0, 1_670_000],
      kindergarten: [25_100, 0, 0],
      elderly: [16_420, 0, 0],
      minorsOlderBand: [0, 705_000, 705_000],
      highNeedsTier2: [0, 0, 120_000],
      policyBonus: [50_000, 0, 0],
      norwegianTraining: [0, 141_800, 0],
    });

    const series = toGrantSeries(projection);

    expect(series.rows).toEqual([
      {
        year: 2027,
        integrationYear1: 3_275_000,
        integrationLater: 0,
        elderlyKindergarten: 41_520,
        minors: 0,
        highNeeds: 0,
        aboveRequest: 50_000,
        norwegianTraining: 0,
        otherIncome: 0,
      },
      {
        year: 2028,
        integrationYear1: 370_000,
        integrationLater: 2_300_000,
        elderlyKindergarten: 0,
        minors: 705_000,
        highNeeds: 0,
        aboveRequest: 0,
        norwegianTraining: 141_800,
        otherIncome: 0,
      },
      {
        year: 2029,
        integrationYear1: 0,
        integrationLater: 2_130_000,
        elderlyKindergarten: 0,
        minors: 705_000,
        highNeeds: 120_000,
        aboveRequest: 0,
        norwegianTraining: 0,
        otherIncome: 0,
      },
    ]);
    expect(series.totals).toEqual([3_366_520, 3_516_800, 2_955_000]);
    // 3 516 800 in 2028, then 2 955 000 in 2029: the totals turn down, so 2028 is a peak.
    expect(series.trend).toEqual({ kind: 'peak', year: 2028, value: 3_516_800 });
    expect(series.groups).toEqual([
      'integrationYear1',
      'integrationLater',
      'elderlyKindergarten',
      'minors',
      'highNeeds',
      'aboveRequest',
      'norwegianTraining',
    ]);
  });

  it('given equal totals in two years, then they are highest from the earlier year to the end, not a peak', () => {
    const series = toGrantSeries(projectionWith([2030, 2031], { integrationYear2: [230_000, 230_000] }));
    expect(series.trend).toEqual({ kind: 'level', year: 2030, value: 230_000 });
    expect(series.groups).toEqual(['integrationLater']);
  });

  it('given no income at all, then there is no peak and no group to draw, but a row per year', () => {
    const series = toGrantSeries(projectionWith([2026, 2027], {}));
    expect(series.trend).toBeNull();
    expect(series.groups).toEqual([]);
    expect(series.rows.map((row) => row.year)).toEqual([2026, 2027]);
    expect(series.totals).toEqual([0, 0]);
  });

  it('given totals 230 000 then 460 000 in the last year, then they are still rising at the horizon, not peaking', () => {
    const series = toGrantSeries(projectionWith([2030, 2031], { integrationYear2: [230_000, 460_000] }));
    expect(series.trend).toEqual({ kind: 'rising', year: 2031, value: 460_000 });
  });
});
