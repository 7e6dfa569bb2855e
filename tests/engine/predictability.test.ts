import fc from 'fast-check';
import { projectScenario } from '../../src/engine';
import { maxCommitment } from '../../src/engine/max-commitment';
import { nationalHistory } from '../../src/engine/predictability/national';
import { commitmentNeeds } from '../../src/engine/commitment-needs';
import { bandFactors, drawIndices, factorsOf } from '../../src/engine/predictability/draws';
import { createSimulation, DEFAULT_SIMULATION, simulate } from '../../src/engine/predictability/simulate';
import { describeColumn, quantile } from '../../src/engine/predictability/summary';
import type { NationalRecordYear } from '../../src/engine';
import { FLAT_2017, flatReference, scenario, table } from '../builders';

/** Pinned from a seeded run of `base` (seed 7, 440 paths = four draws of each of the 110 pairs a year). */
const PINNED = {
  // Balanced draws: 440 paths use each of the 110 (change, revision) pairs four times a year, so the mean is the plan's exactly.
  settledMean: [40, 40, 40, 40, 0, 0],
  commitmentShort: 953,
  yearlyShort: 695,
  idleDifference: 123,
  mismatchDifference: -2_882_113,
  mismatchRange: [-12_087_065, 6_699_758],
  commitmentIncome: 121_939_560,
};

const row = (year: number, request: number, revisedTo: number | null = null): NationalRecordYear => ({
  year, request, revisedTo, decided: null, settled: null, settledIsPartial: false, note: '', source: 'test',
});

/** IMDi's national record, requests and revisions 2015–2025 (as in public/data/national-record.json). */
const RECORD = [
  row(2015, 10_000), row(2016, 18_517, 16_000), row(2017, 12_522), row(2018, 4_400), row(2019, 5_350),
  row(2020, 5_120, 3_600), row(2021, 5_025, 3_790), row(2022, 5_500, 35_000), row(2023, 35_000, 38_000),
  row(2024, 37_000), row(2025, 18_900),
];

/** 40 persons a year for four years against 20 dwellings and 12 more in 2027, 30 places: the plan is short of dwellings. */
const base = scenario(2026, 6, {
  years: [
    { singleAdults: 12, adultsInFamilies: 14, children: 14, programmePlaces: 30 },
    { singleAdults: 12, adultsInFamilies: 14, children: 14, programmePlaces: 30 },
    { singleAdults: 12, adultsInFamilies: 14, children: 14, programmePlaces: 30 },
    { singleAdults: 12, adultsInFamilies: 14, children: 14, programmePlaces: 30 },
    { programmePlaces: 30 },
    { programmePlaces: 30 },
  ],
  housing: { dwellingsAtStart: 20, pipeline: [{ year: 2026, month: 1, units: 12, leadTimeMonths: 12, acquired: false }] },
  costs: { emergencyHousingPremiumPerHouseholdMonth: 15_000, idleUnitCostPerMonth: 8_000 },
});
const options = { ...DEFAULT_SIMULATION, paths: 440, seed: 7 };
const NO_ABOVE_REQUEST = flatReference((year) => table(year, { aboveRequest: 0 }));
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A small plan drawn by fast-check: persons per year, stock of dwellings, places, lead times. */
const plans = fc.record({
  persons: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }),
  stock: fc.integer({ min: 0, max: 120 }),
  places: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
  lead: fc.integer({ min: 0, max: 18 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
});
const planOf = (p: { persons: number[]; stock: number; places: number | null }) =>
  scenario(2026, 4, {
    years: [...p.persons.map((n) => ({ singleAdults: Math.round(n * 0.3), adultsInFamilies: Math.round(n * 0.35), children: n - Math.round(n * 0.3) - Math.round(n * 0.35), programmePlaces: p.places })), { programmePlaces: p.places }],
    housing: { dwellingsAtStart: p.stock },
    costs: { emergencyHousingPremiumPerHouseholdMonth: 15_000, idleUnitCostPerMonth: 8_000 },
  });

describe('both modes start from the plan', () => {
  it('given a decision, a request and persons entered, then the expected level is the decision, else the request, else the persons', () => {
    const s = scenario(2026, 3, { years: [{ singleAdults: 10, request: 20, decision: 25 }, { singleAdults: 10, request: 20 }, { singleAdults: 7, children: 3 }] });
    expect(simulate(s, FLAT_2017, RECORD, { ...options, paths: 110 }).plannedPerYear).toEqual([25, 20, 10]);
  });

  it('given the same seed, then the same result', () => {
    expect(simulate(base, FLAT_2017, RECORD, options)).toEqual(simulate(base, FLAT_2017, RECORD, options));
  });

  it('given persons settled before the plan, a high-needs person and other services, then at volatility 0 each mode has the income of the plan budget, and the other services in its cost', () => {
    const plan = scenario(2026, 3, {
      years: [{ singleAdults: 20, highNeedsTier1: 1 }, { singleAdults: 20 }, { singleAdults: 20 }],
      settledBefore: { persons: [10, 0, 0, 0], minors: [0, 0, 0, 0] },
      housing: { dwellingsAtStart: 100 },
    });
    const withServices = { ...plan, costs: { ...plan.costs, otherServicesByYearOfResidence: [10_000, 10_000, 10_000, 10_000, 10_000] as const } };
    const at0 = { ...options, paths: 20, volatility: 0 };
    const r = simulate(plan, FLAT_2017, RECORD, at0);
    const budget = projectScenario(plan, FLAT_2017).budget.years.map((y) => y.income);
    for (const mode of [r.yearly, r.commitment]) mode.fans.income.mean.forEach((income, y) => expect(income).toBeCloseTo(budget[y] ?? NaN, 0));
    // 20, 40 and 60 of the plan's persons at 10 000 kr each, as the plan's own line (persons settled before the plan bring grants, not these costs).
    const extra = simulate(withServices, FLAT_2017, RECORD, at0).yearly.fans.cost.mean.map((c, y) => Math.round(c - (r.yearly.fans.cost.mean[y] ?? 0)));
    expect(extra).toEqual([200_000, 400_000, 600_000]);
    expect(projectScenario(withServices, FLAT_2017).costs.find((l) => l.id === 'otherServices')?.values).toEqual(extra);
  });

  it('given a run split in parts (as over workers), then the parts joined give exactly the result of one run, with a band and without', () => {
    for (const band of [0, 0.1]) {
      const o = { ...options, paths: 301, band };
      const parts = [0, 1, 2].map((index) => createSimulation(base, FLAT_2017, RECORD, o, { index, of: 3 }));
      expect(parts.map((p) => p.total)).toEqual([100, 100, 101]);
      parts.forEach((p) => p.step(p.total));
      const [first, ...later] = parts;
      expect(first?.result(later.map((p) => p.rows()))).toEqual(simulate(base, FLAT_2017, RECORD, o));
    }
  });

  it('given any plan, then volatility 0 gives identical modes and a value of predictability of 0', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const r = simulate(planOf(p), FLAT_2017, RECORD, { ...options, paths: 50, seed: p.seed, volatility: 0, dwellingLeadMonths: p.lead });
        expect(r.yearly).toEqual(r.commitment);
        for (const d of Object.values(r.difference)) expect([d.p10, d.p50, d.p90, d.mean]).toEqual([0, 0, 0, 0]);
      }),
      { numRuns: 25 },
    );
  });

  it('given 10 000 paths and no above-request grant, then the yearly mode settles the plan\'s number a year within 1 % on average, and the grants differ by less than 1 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 1_000_000 }), (n, seed) => {
        const s = scenario(2026, 3, { years: [{ singleAdults: n }, { adultsInFamilies: n, children: n }, { singleAdults: n }] });
        const r = simulate(s, NO_ABOVE_REQUEST, RECORD, { ...options, paths: 10_000, seed });
        r.yearly.fans.settled.mean.forEach((m, t) => expect(Math.abs(m - (r.plannedPerYear[t] ?? 0))).toBeLessThanOrEqual(0.01 * (r.plannedPerYear[t] ?? 0)));
        expect(Math.abs(r.difference.income.mean)).toBeLessThanOrEqual(0.01 * r.commitment.totals.income.mean);
      }),
      { numRuns: 4 },
    );
  });

  it('given any plan, then a longer lead time never lowers the value in household-months in temporary housing or participant-months waiting', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: 1, max: 12 }), (p, more) => {
        const s = planOf(p);
        const at = (lead: number) => simulate(s, FLAT_2017, RECORD, { ...options, paths: 60, seed: p.seed, dwellingLeadMonths: lead, placeLeadMonths: lead });
        const short = at(p.lead);
        const longer = at(p.lead + more);
        expect(longer.difference.dwellingMonthsShort.mean).toBeGreaterThanOrEqual(short.difference.dwellingMonthsShort.mean - 1e-6);
        expect(longer.difference.placeMonthsShort.mean).toBeGreaterThanOrEqual(short.difference.placeMonthsShort.mean - 1e-6);
      }),
      { numRuns: 25 },
    );
  });

  it('given any plan, then more dwellings or places never raise the commitment mode\'s shortage', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: 1, max: 40 }), (p, extra) => {
        const run = (q: typeof p) => simulate(planOf(q), FLAT_2017, RECORD, { ...options, paths: 40, seed: p.seed, band: 0.1 });
        const before = run(p);
        const after = run({ ...p, stock: p.stock + extra, places: p.places === null ? null : p.places + extra });
        expect(after.commitment.totals.dwellingMonthsShort.mean).toBeLessThanOrEqual(before.commitment.totals.dwellingMonthsShort.mean + 1e-6);
        expect(after.commitment.totals.placeMonthsShort.mean).toBeLessThanOrEqual(before.commitment.totals.placeMonthsShort.mean + 1e-6);
      }),
      { numRuns: 25 },
    );
  });

  it('given the 2016 above-request grant of 50 000 kr, then only the yearly mode earns it, when a revision raises the number above the request', () => {
    const withGrant = simulate(base, FLAT_2017, RECORD, options);
    const without = simulate(base, NO_ABOVE_REQUEST, RECORD, options);
    expect(withGrant.commitment.totals.income.mean).toBe(without.commitment.totals.income.mean);
    expect(withGrant.yearly.totals.income.mean).toBeGreaterThan(without.yearly.totals.income.mean);
  });

  it('given a plan short of dwellings, then the commitment mode shows the shortage too', () => {
    const r = simulate(base, FLAT_2017, RECORD, options);
    expect(r.commitment.totals.dwellingMonthsShort.mean).toBeGreaterThan(0);
    expect(r.commitment.totals.dwellingMonthsShort.p10).toBe(r.commitment.totals.dwellingMonthsShort.p90);
  });

  it('given a fixed seed, then the summary figures are pinned', () => {
    const r = simulate(base, FLAT_2017, RECORD, options);
    expect(r.plannedPerYear).toEqual([40, 40, 40, 40, 0, 0]);
    expect(r.commitmentYears).toBe(4);
    const round = (x: number) => Math.round(x);
    expect(r.yearly.fans.settled.mean.map((x) => Math.round(x * 100) / 100)).toEqual(PINNED.settledMean);
    expect(round(r.commitment.totals.dwellingMonthsShort.mean)).toBe(PINNED.commitmentShort);
    expect(round(r.yearly.totals.dwellingMonthsShort.mean)).toBe(PINNED.yearlyShort);
    expect(round(r.difference.dwellingMonthsIdle.mean)).toBe(PINNED.idleDifference);
    expect(round(r.difference.mismatchCost.mean)).toBe(PINNED.mismatchDifference);
    expect([round(r.difference.mismatchCost.p10), round(r.difference.mismatchCost.p90)]).toEqual(PINNED.mismatchRange);
    expect(round(r.commitment.totals.income.mean)).toBe(PINNED.commitmentIncome);
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
        const r = simulate(base, FLAT_2017, RECORD, { ...options, paths: 60, seed, band: 0.1 });
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

  it('given a commitment of 30 for 2 of 6 years, then the first two years settle 30 and later years follow the yearly requests around the plan', () => {
    const r = simulate(base, FLAT_2017, RECORD, { ...options, commitmentPerYear: 30, commitmentYears: 2 });
    expect(r.plannedPerYear).toEqual([30, 30, 40, 40, 0, 0]);
    expect(r.commitment.fans.settled.p10.slice(0, 2)).toEqual([30, 30]);
    expect(r.commitment.fans.settled.p90.slice(0, 2)).toEqual([30, 30]);
    expect(r.commitment.fans.settled.p10.slice(2)).toEqual(r.yearly.fans.settled.p10.slice(2));
    expect(r.commitment.fans.settled.p90.slice(2)).toEqual(r.yearly.fans.settled.p90.slice(2));
    expect(mean(r.yearly.fans.settled.mean.slice(0, 2))).toBeCloseTo(30, 0);
  });

  it('given a band of ±10 %, then commitment settlement stays within 36 … 44 and averages 40', () => {
    const r = simulate(base, FLAT_2017, RECORD, { ...options, band: 0.1 });
    r.commitment.fans.settled.p10.slice(0, 4).forEach((p10) => expect(p10).toBeGreaterThanOrEqual(36 - 1e-9));
    r.commitment.fans.settled.p90.slice(0, 4).forEach((p90) => expect(p90).toBeLessThanOrEqual(44 + 1e-9));
    r.commitment.fans.settled.mean.slice(0, 4).forEach((m) => expect(m).toBeCloseTo(40, 1));
  });

  it('given sorted values, then the quantile interpolates linearly (type 7)', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([10], 0.9)).toBe(10);
  });

  it('given unsorted values, then P10, P50 and P90 found by selection are those of the sorted values', () => {
    expect(describeColumn(Float64Array.from([5, 1, 4, 2, 3]))).toEqual({ p10: 1.4, p50: 3, p90: 4.6, mean: 3 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const d = describeColumn(Float64Array.from(xs));
        expect(d.p10).toBeCloseTo(quantile(sorted, 0.1), 9);
        expect(d.p50).toBeCloseTo(quantile(sorted, 0.5), 9);
        expect(d.p90).toBeCloseTo(quantile(sorted, 0.9), 9);
      }),
    );
  });
});

describe('the factors drawn', () => {
  it('given the national record 2015–2025, then the changes and revisions are normalised to mean 1, and volatility 0 makes them all 1', () => {
    const f = factorsOf(nationalHistory(RECORD), 1);
    expect(mean([...f.changes])).toBeCloseTo(1, 12);
    expect(mean([...f.revisions])).toBeCloseTo(1, 12);
    // 35 000 ÷ 5 500 = 6.3636 among ten ratios averaging 1.5060: 4.2256 once normalised.
    expect(Math.max(...f.changes)).toBeCloseTo(4.2256, 3);
    expect([...factorsOf(nationalHistory(RECORD), 0).changes]).toEqual(Array.from({ length: 10 }, () => 1));
  });

  it('given a band of 10 %, then every in-band factor is within 0.9 … 1.1 and they average 1', () => {
    const inBand = bandFactors(factorsOf(nationalHistory(RECORD), 1).revisions, 0.1);
    for (const x of inBand) expect(Math.abs(x - 1)).toBeLessThanOrEqual(0.1 + 1e-12);
    expect(mean([...inBand])).toBeCloseTo(1, 12);
  });

  it('given 220 paths over 110 pairs, then each (change, revision) pair is drawn exactly twice a year', () => {
    const { change, revision } = drawIndices(10, 11, 2, 220, 1);
    for (let t = 0; t < 2; t++) {
      const counts = new Map<number, number>();
      for (let p = 0; p < 220; p++) counts.set(change[p * 2 + t]! * 11 + revision[p * 2 + t]!, (counts.get(change[p * 2 + t]! * 11 + revision[p * 2 + t]!) ?? 0) + 1);
      expect([...counts.values()].every((c) => c === 2)).toBe(true);
      expect(counts.size).toBe(110);
    }
  });
});

describe('what a commitment needs', () => {
  it('given 20 dwellings, no move-out, single adults evenly through the year, 12 a year for 3 years, then dwellings are added once a year as the need passes the stock', () => {
    const s = scenario(2026, 3, {
      years: [{ singleAdults: 12 }, { singleAdults: 12 }, { singleAdults: 12 }],
      housing: { dwellingsAtStart: 20, moveOutByYearOfResidence: [0, 0, 0, 0, 0] },
    });
    // Need in month m (0-based) is 12 × (m + 1) ÷ 12 = m + 1 households: it passes 20 in month 20
    // (September 2027, 21 households) and reaches 36 in December 2028. 2027: 21 − 20 … 24 − 20 = 4
    // by September; 2028: 12 more by January (25 − 24 = 1) … December (36 − 24 = 12).
    const needs = commitmentNeeds(s, FLAT_2017, { perYear: null, band: 0, years: null, dwellingLeadMonths: 12, placeLeadMonths: 4 });
    expect(needs.dwellings).toEqual([
      { readyBy: '2027-09', units: 4, orderBy: '2026-09', late: false },
      { readyBy: '2028-01', units: 12, orderBy: '2027-01', late: false },
    ]);
    expect(needs.dwellingsTotal).toBe(16);
    expect(needs.placesLimited).toBe(false);
  });

  it('given a band of 25 %, then it plans for 15 a year: 20 dwellings last until May 2027', () => {
    const s = scenario(2026, 2, { years: [{ singleAdults: 12 }, { singleAdults: 12 }], housing: { dwellingsAtStart: 20, moveOutByYearOfResidence: [0, 0, 0, 0, 0] } });
    // At 15 a year the need in month m is 1.25 (m + 1): 21.25 in May 2027 (m = 16), 30 in December 2027.
    const needs = commitmentNeeds(s, FLAT_2017, { perYear: null, band: 0.25, years: null, dwellingLeadMonths: 12, placeLeadMonths: 4 });
    expect(needs.dwellings).toEqual([{ readyBy: '2027-05', units: 10, orderBy: '2026-05', late: false }]);
  });

  it('given a need in the first months, then the order month falls before the start and is marked late', () => {
    const s = scenario(2026, 1, { years: [{ singleAdults: 24 }], housing: { dwellingsAtStart: 0, moveOutByYearOfResidence: [0, 0, 0, 0, 0] } });
    const needs = commitmentNeeds(s, FLAT_2017, { perYear: null, band: 0, years: null, dwellingLeadMonths: 12, placeLeadMonths: 4 });
    expect(needs.dwellings).toEqual([{ readyBy: '2026-01', units: 24, orderBy: '2025-01', late: true }]);
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

  it('given the same plan and a band of 25 %, then the largest C is 8: 8 × 1.25 = 10 fits, 9 × 1.25 = 11.25 does not', () => {
    const s = scenario(2026, 3, {
      years: [{ singleAdults: 1 }],
      housing: { dwellingsAtStart: 20, pipeline: [{ year: 2026, month: 7, units: 12, leadTimeMonths: 12, acquired: false }], moveOutByYearOfResidence: [0, 0, 0, 0, 0] },
    });
    // The housing limit is 32 ÷ 3 = 10.67 a year (December 2028); ⌊10.67 ÷ 1.25⌋ = 8. At 9 × 1.25 = 11.25 the
    // need passes 32 in October 2028: 22.5 + 11.25 × 10/12 = 31.875 in October, 33.0 in November.
    expect(maxCommitment(s, FLAT_2017, undefined, 0.25)).toMatchObject({ perYear: 8, binding: 'housing', bindsFrom: '2028-11' });
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
