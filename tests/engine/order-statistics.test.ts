import fc from 'fast-check';
import { orderStatistics } from '../../src/engine/predictability/order-statistics';
import { describeColumn, quantile } from '../../src/engine/predictability/summary';

/** Columns long enough to be counted into buckets (512 values or more), as the summary's 10 000 paths are. */
const long = (values: fc.Arbitrary<number>) => fc.array(values, { minLength: 512, maxLength: 3000 });

describe('order statistics of a long column', () => {
  it('given 1 000 values 0…999 shuffled, then ranks 99, 100, 499, 500, 899 and 900 are those values', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i * 379) % 1000);
    expect(orderStatistics(values, [99, 100, 499, 500, 899, 900], 0, 999)).toEqual([99, 100, 499, 500, 899, 900]);
  });

  it('given 900 zeros and 100 values of 5, then P10 and P50 are 0 and P90 interpolates 0 to 5 (one bucket holds most values)', () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 5 : 0));
    // Rank 899.1: the 900th value is 0, the 901st is 5, so P90 = 0 + 0.1 × 5 = 0.5.
    const d = describeColumn(values);
    expect([d.p10, d.p50, d.mean]).toEqual([0, 0, 0.5]);
    expect(d.p90).toBeCloseTo(0.5, 9);
  });

  it('given 500 values of −1, two of −0 and 499 of 1, then P50 is 0, not −0 (which of two equal zeros is selected must not show as «−0»)', () => {
    const values = Float64Array.from({ length: 1001 }, (_, i) => (i < 500 ? -1 : i < 502 ? -0 : 1));
    const d = describeColumn(values);
    expect(Object.is(d.p50, -0)).toBe(false);
    expect([d.p10, d.p50, d.p90]).toEqual([-1, 0, 1]);
  });

  it('given any long column, with ties, wide ranges and fractions, then P10, P50 and P90 equal those of the sorted column exactly', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.constant(0));
    fc.assert(
      fc.property(long(value), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const d = describeColumn(Float64Array.from(xs));
        expect([d.p10, d.p50, d.p90]).toEqual([quantile(sorted, 0.1), quantile(sorted, 0.5), quantile(sorted, 0.9)]);
      }),
      { numRuns: 200 },
    );
  });
});
