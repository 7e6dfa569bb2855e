import { G_ANCHORS, RATE_ANCHORS } from '../../src/reference/anchors';
import { averageYearlyGrowthOfG, centralIndex, fillG, fillRateTables, figureFor } from '../../src/reference/fill';
import type { EstimateIndex } from '../../src/engine/estimate';
import type { Figure, RateTable } from '../../src/engine/types';

const growth = averageYearlyGrowthOfG(G_ANCHORS, 2016, 2026);
const tables = fillRateTables(RATE_ANCHORS, G_ANCHORS, 2016, 2045, growth.value);
const table = (year: number): RateTable => {
  const found = tables.find((t) => t.year === year);
  if (!found) throw new Error(`no table for ${year}`);
  return found;
};
const IMDI_2017 = { kind: 'cited', publisher: 'IMDi', document: 'Tilskudd til kommunene ved bosetting av flyktninger', date: '2017' };

/**
 * The estimating rule, worked by hand (year-1 single-adult rate known 2017 235 000, 2018 237 000,
 * 2024 241 100; 2023 frozen, so 2018→2024 is 5 price adjustments):
 *
 * | quantity                          | arithmetic                                               | result  |
 * |-----------------------------------|----------------------------------------------------------|---------|
 * | central index step after 2024     | (241 100 / 237 000)^(1/5)                                | 1.003436|
 * | central index 2025                | 241 100 × 1.003436                                       | 241 928 |
 * | central index 2026                | 241 100 × 1.003436²                                      | 242 760 |
 * | 2026 year 2, central              | 230 000 × 242 760 / 235 000                              | 237 595 |
 * | 2026 year 2, low (flat)           | 230 000                                                  | 230 000 |
 * | 2026 year 2, high (G, 2023 frozen)| 230 000 × 111 477 / 93 634 × 136 549 / 118 620          | 315 217 |
 * | 2018 year 2, central              | 230 000 × 237 000 / 235 000                              | 231 957 |
 * | 2017 minors' young band, central  | 1 118 000 (2023) × 235 000 / 240 274 (index 2017 / 2023) | 1 093 460 |
 * | 2017 minors' young band, low (G)  | 1 118 000 × 93 634 / 118 620                             | 882 506 |
 */
describe('fillRateTables: the estimating rule with its range', () => {
  it('given 2016 to 2045, then there is one table a year with no gaps', () => {
    expect(tables.map((t) => t.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2016 + i));
  });

  it("given IMDi's 2017 table, then the 2017 year-2 rate is 230 000 verified, citing the circular", () => {
    expect(table(2017).integration.year2).toEqual({ value: 230_000, status: 'verified', source: IMDI_2017 });
  });

  it('given the rule, then the 2026 year-2 rate is 237 595 (central), 230 000 (low, flat) to 315 217 (high, by G)', () => {
    expect(table(2026).integration.year2).toEqual({
      value: 237_595,
      status: 'estimated',
      source: { kind: 'estimate', fromYear: 2017, fromStatus: 'verified', growth: 0.033, frozenYears: [2023] },
      low: 230_000,
      high: 315_217,
    });
  });

  it('given the central index, then 2025 and 2026 single adult are 241 928 and 242 760, grown from 2024', () => {
    expect(table(2025).integration.year1SingleAdult).toMatchObject({ value: 241_928, low: 241_100, status: 'estimated' });
    expect(table(2026).integration.year1SingleAdult.value).toBe(242_760);
  });

  it('given the 2018 figures of NRK Sørlandet, then 2018 single adult is 237 000 and year 5 71 600, secondary', () => {
    expect(table(2018).integration.year1SingleAdult).toMatchObject({ value: 237_000, status: 'secondary' });
    expect(table(2018).integration.year5).toMatchObject({ value: 71_600, status: 'secondary' });
    expect(table(2018).integration.year2).toMatchObject({ value: 231_957, low: 230_000, status: 'estimated' });
  });

  it('given the 2023 freeze, then every integration line of 2023 equals that of 2022, range included, and 2024 is not indexed back up', () => {
    const before = table(2022).integration;
    const frozen = table(2023).integration;
    for (const key of Object.keys(before) as (keyof RateTable['integration'])[]) {
      expect([frozen[key].value, frozen[key].low, frozen[key].high]).toEqual([before[key].value, before[key].low, before[key].high]);
    }
    // High of 2024 year 2 = 2023's × G 2024 / G 2023 only: 230 000 × 111 477 / 93 634 × 124 028 / 118 620 = 286 313.
    expect(table(2024).integration.year2.high).toBe(286_313);
    expect(table(2023).integration.year2.high).toBe(273_829);
  });

  it('given a year before the nearest known figure, then G lowers the low end and the known figure is the high end', () => {
    expect(table(2017).minors.youngBand).toMatchObject({ value: 1_093_460, low: 882_506, high: 1_118_000, status: 'estimated' });
  });

  it('given no child rate after 2017, then the child rate follows the adult-in-family rate and its range', () => {
    const adult = table(2026).integration.year1AdultInFamily;
    const child = table(2026).integration.year1Child;
    expect([child.value, child.low, child.high]).toEqual([adult.value, adult.low, adult.high]);
    expect(child.source).toEqual({ kind: 'rule', rule: 'child-as-adult-in-family', years: [2017], base: adult.source });
  });

  it('given policy grants, then they keep their own figures, an estimated one with a range of its own value', () => {
    expect(table(2016).minors.oneOff.value).toBe(100_000);
    expect(table(2017).minors.oneOff).toEqual({ value: 0, status: 'derived', source: { kind: 'rule', rule: 'only-in', years: [2016] } });
    expect(table(2023).aboveRequest.value).toBe(50_000);
    expect(table(2024).aboveRequest).toMatchObject({ value: 0, status: 'estimated', low: 0, high: 0 });
  });

  /**
   * The Norwegian-training rate for persons with collective protection (one year), known 2023
   * (45 000, KS) and 2024 (48 400, secondary):
   *
   * | 2026              | arithmetic                       | result |
   * |-------------------|----------------------------------|--------|
   * | central           | 48 400 × 242 760 / 241 100       | 48 733 |
   * | low (flat)        | 48 400                           | 48 400 |
   * | high (by G)       | 48 400 × 136 549 / 124 028       | 53 286 |
   */
  it('given the collective-protection rate known for 2023 and 2024, then 2026 is 48 733 (central), 48 400 (low) to 53 286 (high)', () => {
    expect(table(2023).norwegianTraining.collectiveProtection).toMatchObject({ value: 45_000, status: 'verified' });
    expect(table(2024).norwegianTraining.collectiveProtection).toMatchObject({ value: 48_400, status: 'secondary' });
    expect(table(2026).norwegianTraining.collectiveProtection).toMatchObject({ value: 48_733, status: 'estimated', low: 48_400, high: 53_286 });
  });

  it('given every estimated figure, then it has low ≤ value ≤ high in whole kroner', () => {
    const walk = (node: unknown): Figure[] =>
      node && typeof node === 'object'
        ? 'status' in node
          ? [node as Figure]
          : Object.values(node).flatMap(walk)
        : [];
    const all = tables.flatMap((t) => walk({ ...t, year: undefined }));
    expect(all).toHaveLength(30 * 21);
    for (const f of all.filter((x) => x.status === 'estimated')) {
      expect(Number.isInteger(f.value) && Number.isInteger(f.low) && Number.isInteger(f.high)).toBe(true);
      expect(f.low ?? NaN).toBeLessThanOrEqual(f.value);
      expect(f.value).toBeLessThanOrEqual(f.high ?? NaN);
    }
  });
});

describe('centralIndex', () => {
  it('given 2017, 2018 and 2024 and no freeze, then 2021 grows by the 2018–2024 step: 237 000 × (241 100 / 237 000)^(3/6) = 239 041', () => {
    const index = centralIndex(RATE_ANCHORS.integration.year1SingleAdult, 2016, 2026, () => false);
    expect(index.get(2021)).toBe(239_041);
    // Before the first known year, back by the 2017–2018 step: 235 000 / (237 000 / 235 000) = 233 017.
    expect(index.get(2016)).toBe(233_017);
  });
});

describe('fillG and the index growth', () => {
  it('given G 2016 and 2026, then the average yearly growth is (136 549 / 92 576)^(1/10) − 1, derived', () => {
    expect(growth.value).toBeCloseTo(0.03963, 5);
    expect(growth.status).toBe('derived');
    expect(growth.source).toEqual({ kind: 'rule', rule: 'average-growth-of-g', years: [2016, 2026] });
  });

  it("given NAV's G 2026 of 136 549 from 1 May 2026, then 2026 is verified and 2027 = round(136 549 × 1.03963) = 141 961, estimated", () => {
    const g = fillG(G_ANCHORS, 2016, 2027, growth.value);
    expect(g).toHaveLength(12);
    expect(g[10]).toEqual({
      year: 2026,
      value: 136_549,
      status: 'verified',
      source: { kind: 'cited', publisher: 'NAV', document: 'Grunnbeløpet i folketrygden', date: '2026-05-01' },
    });
    expect(g[11]).toMatchObject({ year: 2027, value: 141_961, status: 'estimated' });
    expect(g[8]).toMatchObject({ year: 2024, value: 124_028, status: 'verified' });
  });
});

describe('figureFor', () => {
  it('given a known figure a year later, then the earlier year is flat at it (high) and lowered by G (low)', () => {
    const line = { anchors: [{ year: 2019, value: 100_000, status: 'verified' as const, source: { kind: 'text', text: 'x' } as const }] };
    const index: EstimateIndex = { central: (y) => (y === 2019 ? 200 : 198), g: (y) => (y === 2019 ? 100 : 90), frozen: () => false };
    // central 100 000 × 198 / 200 = 99 000; low 100 000 × 90 / 100 = 90 000; high 100 000.
    expect(figureFor(line, 2018, index, false)).toEqual({
      value: 99_000,
      status: 'estimated',
      source: { kind: 'estimate', fromYear: 2019, fromStatus: 'verified', growth: -0.01 },
      low: 90_000,
      high: 100_000,
    });
  });
});
