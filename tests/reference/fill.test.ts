import { G_ANCHORS, RATE_ANCHORS } from '../../src/reference/anchors';
import { averageYearlyGrowthOfG, fillG, fillRateTables, figureFor } from '../../src/reference/fill';
import type { RateTable } from '../../src/engine/types';

const growth = averageYearlyGrowthOfG(G_ANCHORS, 2016, 2025);
const tables = fillRateTables(RATE_ANCHORS, G_ANCHORS, 2016, 2045, growth.value);
const table = (year: number): RateTable => {
  const found = tables.find((t) => t.year === year);
  if (!found) throw new Error(`no table for ${year}`);
  return found;
};

describe('fillRateTables', () => {
  it('given 2016 to 2045, then there is one table a year with no gaps', () => {
    expect(tables.map((t) => t.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2016 + i));
  });

  it('given the 2017 IMDi table, then the 2017 year-2 rate is 230 000 verified', () => {
    expect(table(2017).integration.year2).toEqual({
      value: 230_000,
      status: 'verified',
      source: 'IMDi, Tilskudd til kommunene ved bosetting av flyktninger, 2017',
    });
  });

  it('given no 2018 anchor, then the 2018 year-2 rate is 230 000 × 96 883 / 93 634 = 237 981, estimated', () => {
    expect(table(2018).integration.year2).toEqual({
      value: 237_981,
      status: 'estimated',
      source: 'estimated: 2017 rate indexed by G',
    });
  });

  it('given the 2023 freeze, then every integration line of 2023 equals that of 2022', () => {
    const before = table(2022).integration;
    const frozen = table(2023).integration;
    for (const key of Object.keys(before) as (keyof RateTable['integration'])[]) {
      expect(frozen[key].value).toBe(before[key].value);
      expect(frozen[key].status).toBe(before[key].status);
      expect(frozen[key].source).toMatch(
        key === 'year1Child' ? /^estimated: as adult in family/ : /^same as 2022: the integration grant was not price-adjusted in 2023/,
      );
    }
    expect(frozen.year2.value).toBe(273_829);
  });

  it('given the secondary 2024 source, then the 2024 year-1 single-adult rate is 241 100 secondary', () => {
    expect(table(2024).integration.year1SingleAdult.value).toBe(241_100);
    expect(table(2024).integration.year1SingleAdult.status).toBe('secondary');
  });

  it('given anchors in 2017 and 2024, then 2020 single adult is 235 000 × (241 100 / 235 000)^(3/7) = 237 595', () => {
    expect(table(2020).integration.year1SingleAdult).toEqual({
      value: 237_595,
      status: 'estimated',
      source: 'estimated: interpolated between 2017 (verified) and 2024 (secondary)',
    });
  });

  it('given no child rate after 2017, then the child rate follows the adult-in-family rate (equal in 2017), estimated', () => {
    expect(table(2024).integration.year1Child.value).toBe(194_400);
    expect(table(2024).integration.year1Child.status).toBe('estimated');
    expect(table(2017).integration.year1Child).toMatchObject({ value: 185_000, status: 'verified' });
  });

  it('given the one-band 2016 minors grant, then it holds for 2016 only and 2017 is the 2023 band × G 2017 / G 2023 (1 118 000 → 882 506)', () => {
    expect(table(2016).minors.youngBand).toMatchObject({ value: 207_000, status: 'verified' });
    expect(table(2017).minors.youngBand).toMatchObject({ value: 882_506, status: 'estimated' });
    expect(table(2017).minors.olderBand).toMatchObject({ value: 556_499, status: 'estimated' });
  });

  it('given policy grants, then the one-off minors grant is 100 000 in 2016 and 0 in 2017', () => {
    expect(table(2016).minors.oneOff.value).toBe(100_000);
    expect(table(2017).minors.oneOff).toEqual({ value: 0, status: 'derived', source: 'one-off only in 2016 (imdi.no 2016)' });
    expect(table(2023).aboveRequest.value).toBe(50_000);
    expect(table(2024).aboveRequest.status).toBe('estimated');
    expect(table(2022).unusedDecidedPlace.value).toBe(50_000);
  });

  it('given any year, then every filled value is a whole number of kroner', () => {
    const values = JSON.stringify(tables).match(/"value":-?[\d.e+-]+/g) ?? [];
    expect(values.length).toBe(30 * 20);
    for (const v of values) expect(Number.isInteger(Number(v.slice(8)))).toBe(true);
  });
});

describe('fillG and the index growth', () => {
  it('given G 2016 and 2025, then the average yearly growth is (130 160 / 92 576)^(1/9) − 1, derived', () => {
    expect(growth.value).toBeCloseTo(0.038585, 6);
    expect(growth.status).toBe('derived');
    expect(growth.source).toBe('average yearly growth of G 2016–2025 (FACTS.md §4)');
  });

  it('given no G for 2026, then G 2026 = round(130 160 × (1 + growth)) = 135 182, estimated', () => {
    const g = fillG(G_ANCHORS, 2016, 2027, growth.value);
    expect(g).toHaveLength(12);
    expect(g[10]).toMatchObject({ year: 2026, value: 135_182, status: 'estimated' });
    expect(g[11]).toMatchObject({ year: 2027, value: 140_398, status: 'estimated' });
    expect(g[8]).toMatchObject({ year: 2024, value: 124_028, status: 'secondary' });
  });

  it('given a year before the first anchor, then the figure is the first anchor indexed by G', () => {
    const line = { anchors: [{ year: 2019, value: 100_000, status: 'verified' as const, source: 'x' }] };
    const gAt = (year: number): number => (year === 2019 ? 100 : 90);
    expect(figureFor(line, 2018, gAt)).toEqual({ value: 90_000, status: 'estimated', source: 'estimated: 2019 rate indexed by G' });
  });
});
