import { describe, expect, it } from 'vitest';
import { niceAxis } from '../../../src/components/nice-axis';
import { toFanSeries, toMismatchSeries, toPredictabilityValue, toSpreadSeries } from '../../../src/features/predictability';
import { resultWith } from './result-fixture';

describe('toFanSeries', () => {
  const result = resultWith(
    2,
    { fans: { settled: { p10: [5, 8], p50: [10, 12], p90: [20, 31] } } },
    { fans: { settled: { p10: [14, 14], p50: [14, 14], p90: [14, 14] } } },
  );

  it('given P10, median and P90 per year for both modes, then rows by year with the band [P10, P90]', () => {
    const series = toFanSeries(result, 'settled', 2026);
    expect(series.yearly).toEqual([
      { year: 2026, p10: 5, p50: 10, p90: 20, band: [5, 20] },
      { year: 2027, p10: 8, p50: 12, p90: 31, band: [8, 31] },
    ]);
    expect(series.commitment[1]).toEqual({ year: 2027, p10: 14, p50: 14, p90: 14, band: [14, 14] });
  });

  it('given a highest P90 of 31, then both small multiples share the axis 0–40 in steps of 10, and the widest yearly band is 2027', () => {
    const series = toFanSeries(result, 'settled', 2026);
    expect(series.axis).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(series.widestYear).toBe(2027);
  });

  it('given a negative P10, then the axis reaches down to a round number below it', () => {
    const negative = resultWith(1, { fans: { net: { p10: [-1_200_000], p50: [0], p90: [2_300_000] } } }, {});
    expect(toFanSeries(negative, 'net', 2026).axis).toEqual({ domain: [-2_000_000, 3_000_000], ticks: [-2_000_000, -1_000_000, 0, 1_000_000, 2_000_000, 3_000_000] });
  });
});

describe('niceAxis', () => {
  it.each([
    [0, 38_000, [0, 10_000, 20_000, 30_000, 40_000]],
    [0, 250, [0, 100, 200, 300]],
    [0, 231.9, [0, 100, 200, 300]],
    [0, 0.7, [0, 0.2, 0.4, 0.6, 0.8]],
    [0, 0, [0, 1]],
  ])('given data from %d to %d, then the ticks are %j', (lo, hi, ticks) => {
    expect(niceAxis(lo, hi).ticks.map((t) => Math.round(t * 1e9) / 1e9)).toEqual(ticks);
  });
});

describe('the value of predictability', () => {
  const result = resultWith(
    4,
    { totals: { net: { mean: 100_000_000, p10: 60_000_000, p90: 150_000_000 } }, fans: { net: { p10: [1e6, 2e6, 3e6, 4e6], p90: [5e6, 8e6, 9e6, 4e6] } } },
    { totals: { net: { mean: 103_200_000, p10: 95_000_000, p90: 105_000_000 } }, fans: { net: { p10: [2e6, 2e6, 2e6, 2e6], p90: [3e6, 3e6, 4e6, 2e6] } } },
  );

  it('given expected nets of 100 and 103,2 mill. kr and spreads of 90 and 10 mill. kr, then the commitment gains 3,2 mill. kr and varies 80 mill. kr less', () => {
    expect(toPredictabilityValue(result)).toEqual({
      commitmentPerYear: 34,
      years: 4,
      paths: 10_000,
      netGain: 3_200_000,
      spreadYearly: 90_000_000,
      spreadCommitment: 10_000_000,
      spreadReduction: 80_000_000,
    });
  });

  it('given yearly P10 and P90 of the net, then the spread per year is P90 − P10 in each mode, with the means', () => {
    const spread = toSpreadSeries(result, 2026);
    expect(spread.rows).toEqual([
      { year: 2026, yearly: 4e6, commitment: 1e6 },
      { year: 2027, yearly: 6e6, commitment: 1e6 },
      { year: 2028, yearly: 6e6, commitment: 2e6 },
      { year: 2029, yearly: 0, commitment: 0 },
    ]);
    expect(spread.meanYearly).toBe(4e6);
    expect(spread.meanCommitment).toBe(1e6);
  });
});

describe('toMismatchSeries', () => {
  const result = resultWith(
    2,
    { totals: { dwellingMonthsShort: { mean: 120 }, dwellingMonthsIdle: { mean: 45 }, placeMonthsShort: { mean: 30 }, placeMonthsIdle: { mean: 12 }, mismatchCost: { mean: 2_160_000 } } },
    { totals: { dwellingMonthsIdle: { mean: 5 }, mismatchCost: { mean: 40_000 } } },
  );

  it('given no unit costs entered, then unit-months of both modes and no kroner', () => {
    expect(toMismatchSeries(result, false)).toEqual({
      rows: [
        { metric: 'dwellingMonthsShort', yearly: 120, commitment: 0 },
        { metric: 'dwellingMonthsIdle', yearly: 45, commitment: 5 },
        { metric: 'placeMonthsShort', yearly: 30, commitment: 0 },
        { metric: 'placeMonthsIdle', yearly: 12, commitment: 0 },
      ],
      kroner: null,
    });
  });

  it('given unit costs entered, then the expected cost of idle dwellings and emergency housing in kroner', () => {
    expect(toMismatchSeries(result, true).kroner).toEqual({ yearly: 2_160_000, commitment: 40_000 });
  });
});
