import fc from 'fast-check';
import { projectScenario } from '../../src/engine';
import { maxCommitment } from '../../src/engine/max-commitment';
import { nationalHistory } from '../../src/engine/predictability/national';
import { DEFAULT_SIMULATION, simulate } from '../../src/engine/predictability/simulate';
import { quantile } from '../../src/engine/predictability/summary';
import type { NationalRecordYear } from '../../src/engine';
import { FLAT_2017, scenario } from '../builders';

const row = (year: number, request: number, revisedTo: number | null = null): NationalRecordYear => ({
  year, request, revisedTo, decided: null, settled: null, settledIsPartial: false, note: '', source: 'test',
});

/** FACTS.md §5, requests and revisions 2015–2025. */
const RECORD = [
  row(2015, 10_000), row(2016, 18_517, 16_000), row(2017, 12_522), row(2018, 4_400), row(2019, 5_350),
  row(2020, 5_120, 3_600), row(2021, 5_025, 3_790), row(2022, 5_500, 35_000), row(2023, 35_000, 38_000),
  row(2024, 37_000), row(2025, 18_900),
];

const base = scenario(2026, 10, {
  years: [{ singleAdults: 12, adultsInFamilies: 14, children: 14 }],
  costs: { emergencyHousingPremiumPerHouseholdMonth: 15_000, idleUnitCostPerMonth: 8_000 },
});
const options = { ...DEFAULT_SIMULATION, paths: 400, seed: 7, share: 0.005 };

describe('the national record as the simulation reads it', () => {
  it('given FACTS.md §5, then ten year-over-year changes, revisions in 5 of 11 years, need between 3 600 and 38 000', () => {
    const h = nationalHistory(RECORD);
    expect(h.logChanges).toHaveLength(10);
    expect(h.logChanges[7]).toBeCloseTo(Math.log(35_000 / 5_500), 12);
    expect(h.revisions.filter((r) => r !== 1)).toHaveLength(5);
    expect(h.revisions[7]).toBeCloseTo(35_000 / 5_500, 12);
    expect([h.lowest, h.highest]).toEqual([3_600, 38_000]);
  });
});

describe('simulation of the two modes', () => {
  it('given the same seed, then the same result', () => {
    expect(simulate(base, FLAT_2017, RECORD, options)).toEqual(simulate(base, FLAT_2017, RECORD, options));
  });

  it('given a fixed seed, then the summary figures are pinned', () => {
    const r = simulate(base, FLAT_2017, RECORD, options);
    expect(Math.round(r.commitmentPerYear * 100) / 100).toBe(102.15);
    expect(Math.round(r.yearly.totals.settled.p50 * 100) / 100).toBe(1017.34);
    expect(Math.round(r.yearly.totals.net.mean)).toBe(488_221_527);
    expect(Math.round(r.commitment.totals.net.mean)).toBe(508_168_475);
    expect(Math.round(r.yearly.totals.mismatchCost.mean)).toBe(23_637_061);
    expect(r.commitment.totals.mismatchCost.mean).toBe(0);
    expect(Math.round(r.yearly.totals.net.p10)).toBe(248_459_307);
    expect(Math.round(r.yearly.totals.net.p90)).toBe(731_061_239);
  });

  it('given no revisions and no change in the national need, then the yearly mode has zero spread', () => {
    const flat = [row(2024, 10_000), row(2025, 10_000)];
    const r = simulate(base, FLAT_2017, flat, options);
    for (const fan of Object.values(r.yearly.fans)) fan.p10.forEach((p10, y) => expect(fan.p90[y]).toBe(p10));
    expect(r.yearly.totals.net.p90 - r.yearly.totals.net.p10).toBe(0);
  });

  it('given any seed, then P10 ≤ P50 ≤ P90 for every metric, year and mode', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const r = simulate(base, FLAT_2017, RECORD, { ...options, paths: 60, seed });
        for (const mode of [r.yearly, r.commitment]) {
          for (const fan of Object.values(mode.fans)) {
            fan.p10.forEach((p10, y) => {
              expect(p10).toBeLessThanOrEqual(fan.p50[y]! + 1e-6);
              expect(fan.p50[y]!).toBeLessThanOrEqual(fan.p90[y]! + 1e-6);
            });
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  it('given the calibration data, then the commitment spreads the net budget no more than the yearly mode', () => {
    const r = simulate(base, FLAT_2017, RECORD, options);
    const spread = (m: typeof r.yearly) => m.totals.net.p90 - m.totals.net.p10;
    expect(spread(r.commitment)).toBeLessThanOrEqual(spread(r.yearly));
    r.commitment.fans.net.p10.forEach((p10, y) => {
      expect(r.commitment.fans.net.p90[y]! - p10).toBeLessThanOrEqual(r.yearly.fans.net.p90[y]! - r.yearly.fans.net.p10[y]!);
    });
  });

  it('given a commitment for 2 of 10 years, then the first two years settle C and later years follow the requests', () => {
    const r = simulate(base, FLAT_2017, RECORD, { ...options, commitmentYears: 2 });
    expect(r.commitment.fans.settled.p10.slice(0, 2)).toEqual([r.commitmentPerYear, r.commitmentPerYear]);
    expect(r.commitment.fans.settled.p90.slice(0, 2)).toEqual([r.commitmentPerYear, r.commitmentPerYear]);
    expect(r.commitment.fans.settled.p10.slice(2)).toEqual(r.yearly.fans.settled.p10.slice(2));
    expect(r.commitment.fans.settled.p90.slice(2)).toEqual(r.yearly.fans.settled.p90.slice(2));
  });

  it('given a band of ±20 %, then commitment settlement stays within C × 0.8 … C × 1.2', () => {
    const r = simulate(base, FLAT_2017, RECORD, { ...options, commitmentPerYear: 100, band: 0.2 });
    r.commitment.fans.settled.p10.forEach((p10) => expect(p10).toBeGreaterThanOrEqual(80));
    r.commitment.fans.settled.p90.forEach((p90) => expect(p90).toBeLessThanOrEqual(120));
    expect(Math.min(...r.commitment.fans.settled.p10)).toBe(80);
  });

  it('given sorted values, then the quantile interpolates linearly (type 7)', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10], 0.9)).toBe(10);
  });
});

describe('the largest commitment capacity allows', () => {
  it('given 20 dwellings and 12 more ready in July 2027 for single adults only, then 10 a year, housing binding from November 2028', () => {
    const s = scenario(2026, 3, {
      years: [{ singleAdults: 1 }],
      housing: { dwellingsAtStart: 20, pipeline: [{ year: 2026, month: 7, units: 12, leadTimeMonths: 12, acquired: false }], moveOutByYearOfResidence: [0, 0, 0, 0, 0] },
    });
    // Arrivals even over the year, no one moves out: need in month m of plan year y is C × (y + (m + 1)/12).
    // June 2027: 1.5C ≤ 20; December 2027: 2C ≤ 32; December 2028: 3C ≤ 32, so C = 10.
    // At C = 11: 22 + 11 × 11/12 = 32.08 > 32 first in November 2028.
    expect(maxCommitment(s, FLAT_2017)).toMatchObject({ perYear: 10, binding: 'housing', bindsFrom: '2028-11' });
  });

  it('given places fewer than dwellings allow, then places bind', () => {
    const s = scenario(2026, 2, {
      years: [{ singleAdults: 1, programmePlaces: 3 }, { programmePlaces: 3 }],
      monthProfile: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      composition: { adultsAged18to55: 1 },
      programme: { participation: 1, startLagMonths: 0, durations: [{ months: 48, share: 1 }] },
      housing: { dwellingsAtStart: 1000 },
    });
    expect(maxCommitment(s, FLAT_2017)).toMatchObject({ perYear: 1, binding: 'places', bindsFrom: '2027-01' });
  });

  it('given any capacity, then the solver\'s C has no shortage and C + 1 has one (checked with the full engine)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 300 }),
        (stock, pipeline, mixSingles, places) => {
          const s = scenario(2026, 3, {
            years: [{ singleAdults: mixSingles, adultsInFamilies: 10 - mixSingles, children: 6, programmePlaces: places }, { programmePlaces: places }, { programmePlaces: places }],
            housing: { dwellingsAtStart: stock, pipeline: pipeline.map((units, i) => ({ year: 2026 + i, month: 3, units, leadTimeMonths: 6, acquired: false })) },
          });
          const solved = maxCommitment(s, FLAT_2017);
          if (solved.perYear === null) return;
          const mix = { singleAdults: mixSingles / 16, adultsInFamilies: (10 - mixSingles) / 16, children: 6 / 16 };
          const at = (c: number) => {
            const p = projectScenario({ ...s, years: s.years.map((y) => ({ ...y, singleAdults: c * mix.singleAdults, adultsInFamilies: c * mix.adultsInFamilies, children: c * mix.children })) }, FLAT_2017);
            return Math.max(...p.monthly.housing.shortage, ...p.monthly.programme.waiting);
          };
          expect(at(solved.perYear)).toBe(0);
          expect(at(solved.perYear + 1)).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
