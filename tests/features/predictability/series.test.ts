import { describe, expect, it } from 'vitest';
import { niceAxis } from '../../../src/lib/nice-axis';
import { toMismatchSeries, toSpreadSeries } from '../../../src/report/value-series';
import { nb } from '../../../src/i18n/nb';
import { en } from '../../../src/i18n/en';
import { formatter } from '../../../src/lib/format';
import { toFanSeries } from '../../../src/report/fan-series';
import { toPredictabilityValue } from '../../../src/report/predictability';
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

  it('given a highest P90 of 31, then both small multiples share the axis 0–40 in steps of 10 and the plan\'s years on the x-axis', () => {
    const series = toFanSeries(result, 'settled', 2026);
    expect(series.axis).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    expect(series.years).toEqual([2026, 2027]);
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
    {
      totals: {
        dwellingMonthsShort: { mean: 120.4 },
        dwellingMonthsIdle: { mean: 60.2 },
        placeMonthsShort: { mean: 30 },
        placeMonthsIdle: { mean: 12 },
        mismatchCost: { mean: 3_600_000 },
        income: { mean: 80_000_000 },
        net: { mean: 40_000_000 },
      },
      fans: { net: { p10: [1e6, 2e6, 3e6, 4e6], p90: [5e6, 8e6, 9e6, 4e6] } },
    },
    {
      totals: { dwellingMonthsShort: { mean: 79 }, dwellingMonthsIdle: { mean: 38 }, placeMonthsShort: { mean: 40 }, placeMonthsIdle: { mean: 12 }, mismatchCost: { mean: 500_000 }, income: { mean: 80_010_000 }, net: { mean: 43_110_000 } },
      fans: { net: { p10: [2e6, 2e6, 2e6, 2e6], p90: [3e6, 3e6, 4e6, 2e6] } },
    },
    {
      plannedPerYear: [30, 30, 30, 30],
      difference: {
        dwellingMonthsShort: { mean: 41.4, p10: 0, p90: 96 },
        dwellingMonthsIdle: { mean: 22.2, p10: -4, p90: 50 },
        placeMonthsShort: { mean: -10, p10: -30, p90: 0 },
        placeMonthsIdle: { mean: 0.3 },
        mismatchCost: { mean: 3_100_000, p10: 400_000, p90: 7_900_000 },
        income: { mean: -10_000, p10: -2e6, p90: 2e6 },
        net: { mean: -3_110_000 },
      },
    },
  );
  const costs = { idleUnitCostPerMonth: 8_000, emergencyHousingPremiumPerHouseholdMonth: 15_000, programmeCostPerPlaceYear: 0 };

  it('given the paired differences, then rows of each mode\'s mean and the difference with its P10 and P90, rounded whole', () => {
    const value = toPredictabilityValue(result, 2026, costs);
    expect(value.rows.find((r) => r.metric === 'dwellingMonthsShort')).toEqual({ metric: 'dwellingMonthsShort', yearly: 120, commitment: 79, difference: 41, p10: 0, p90: 96 });
    expect(value.rows.map((r) => r.metric)).toEqual(['dwellingMonthsShort', 'dwellingMonthsIdle', 'placeMonthsShort', 'placeMonthsIdle', 'mismatchCost', 'income', 'net']);
    expect(value).toMatchObject({ perYear: 30, perYearVaries: false, firstYear: 2026, lastYear: 2029, costsEntered: true, incomeSame: true });
  });

  it('given means of 3 393,7 and 4 567,3 household-months, then the row reads 3 394, 4 567 and a difference of −1 173 that adds up, not the −1 174 of the unrounded means', () => {
    const totals = (mean: number) => ({ ...result.yearly.totals, dwellingMonthsShort: { p10: 0, p50: 0, p90: 0, mean } });
    const close = {
      ...result,
      yearly: { ...result.yearly, totals: totals(3393.7) },
      commitment: { ...result.commitment, totals: totals(4567.3) },
      difference: { ...result.difference, dwellingMonthsShort: { p10: -2891, p50: -1100, p90: 265, mean: -1173.6 } },
    };
    const row = toPredictabilityValue(close, 2026, costs).rows.find((r) => r.metric === 'dwellingMonthsShort');
    expect(row).toEqual({ metric: 'dwellingMonthsShort', yearly: 3394, commitment: 4567, difference: -1173, p10: -2891, p90: 265 });
  });

  it('given the value, then the councillor\'s sentence in bokmål states the rounded differences of the table', () => {
    const value = toPredictabilityValue(result, 2026, costs);
    expect(nb.predictability.value.sentence(value, formatter('nb')).replace(/\u00a0/g, ' ')).toBe(
      'Med en avtale om 30 i året i 2026–2029 og kapasiteten i planen: 41 færre husstandsmåneder i midlertidig bolig, 22 færre tomme boligmåneder, 10 flere deltakermåneder i kø til introduksjonsprogrammet, ingen endring i tomme plassmåneder og 3,1 mill. kr mindre i kostnader til tomme boliger og plasser og midlertidig bolig i snitt (P10–P90: 0,4 mill. kr til 7,9 mill. kr); tilskuddene er de samme i snitt.',
    );
  });

  it('given no unit costs and no place limit, then the English sentence has units only and says how to get kroner', () => {
    const value = toPredictabilityValue({ ...result, placesLimited: false }, 2026, { idleUnitCostPerMonth: 0, emergencyHousingPremiumPerHouseholdMonth: 0, programmeCostPerPlaceYear: 0 });
    expect(value.rows.map((r) => r.metric)).toEqual(['dwellingMonthsShort', 'dwellingMonthsIdle', 'income', 'net']);
    expect(en.predictability.value.sentence(value, formatter('en'))).toBe(
      'With an agreement of 30 a year in 2026–2029 and the plan’s capacity: 41 fewer household-months in temporary housing and 22 fewer empty dwelling-months on average; the grants are the same on average. Kroner are shown when the municipality has entered a cost per empty dwelling, an extra cost of temporary housing or a cost per programme place.',
    );
  });

  it('given grants 1,2 mill. kr apart, then the sentence says they are higher with the agreement', () => {
    const commitment = { ...result.commitment, totals: { ...result.commitment.totals, income: { p10: 0, p50: 0, p90: 0, mean: 81_200_000 } } };
    const apart = { ...result, commitment, difference: { ...result.difference, income: { p10: 0, p50: 0, p90: 0, mean: -1_200_000 } } };
    const value = toPredictabilityValue(apart, 2026, costs);
    expect(value.incomeSame).toBe(false);
    expect(nb.predictability.value.sentence(value, formatter('nb')).replace(/\s/g, ' ')).toContain('tilskuddene er 1,2 mill. kr høyere i snitt med avtale');
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
    { totals: { dwellingMonthsShort: { mean: 120.4 }, dwellingMonthsIdle: { mean: 45 }, placeMonthsShort: { mean: 30 }, placeMonthsIdle: { mean: 12 } } },
    { totals: { dwellingMonthsIdle: { mean: 5 } } },
  );

  it('given places limited, then unit-months of both modes, rounded whole', () => {
    expect(toMismatchSeries(result)).toEqual({
      rows: [
        { metric: 'dwellingMonthsShort', yearly: 120, commitment: 0 },
        { metric: 'dwellingMonthsIdle', yearly: 45, commitment: 5 },
        { metric: 'placeMonthsShort', yearly: 30, commitment: 0 },
        { metric: 'placeMonthsIdle', yearly: 12, commitment: 0 },
      ],
    });
  });

  it('given no place limit in the plan, then dwellings only', () => {
    expect(toMismatchSeries({ ...result, placesLimited: false }).rows.map((r) => r.metric)).toEqual(['dwellingMonthsShort', 'dwellingMonthsIdle']);
  });
});
