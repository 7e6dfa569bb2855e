import fc from 'fast-check';
import { effectiveRates, projectRange, projectScenario, type RateTable, type Scenario, type YearInput } from '../../src/engine';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { FLAT_2017, flatReference, scenario, table } from '../builders';

describe('an entered rate re-bases the later estimated years of its line', async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  if (!loaded.ok) throw new Error('reference data does not load');
  const reference = loaded.data.reference;
  const entered = scenario(2026, 4, { rateOverrides: [{ year: 2026, rate: 'integration.year2', value: 270_000, source: 'IMDi rundskriv 2026' }] });
  const book = effectiveRates(entered, reference).book;

  /**
   * | year | central                                   | low     | high                               |
   * |------|-------------------------------------------|---------|------------------------------------|
   * | 2026 | 270 000 entered                           |         |                                    |
   * | 2027 | 270 000 × 243 594 / 242 760 = 270 928     | 270 000 | 270 000 × 141 961 / 136 549 = 280 701 |
   * | 2028 | 270 000 × 244 431 / 242 760 = 271 859     | 270 000 | 270 000 × 147 587 / 136 549 = 291 826 |
   * (243 594, 244 431: the year-1 single-adult rate of 2027, 2028; 141 961, 147 587: G.)
   */
  it('given 270 000 entered for the 2026 year-2 rate, then 2027 is 270 928 (270 000–280 701), not 238 411 from 2017', () => {
    expect(effectiveRates(scenario(2026, 4), reference).book.table(2027).integration.year2.value).toBe(238_411);
    expect(book.table(2027).integration.year2).toEqual({
      value: 270_928,
      status: 'estimated',
      source: { kind: 'estimate', fromYear: 2026, fromStatus: 'user-entered', growth: 0.0034 },
      low: 270_000,
      high: 280_701,
    });
    expect(book.table(2028).integration.year2).toMatchObject({ value: 271_859, low: 270_000, high: 291_826 });
  });

  it('given the entered rate, then earlier years and other lines keep their estimates', () => {
    expect(book.table(2025).integration.year2.value).toBe(236_781);
    expect(book.table(2027).integration.year3.value).toBe(effectiveRates(scenario(2026, 4), reference).book.table(2027).integration.year3.value);
  });

  it('given an adult-in-family rate entered, then the child rate that follows it follows it in later years too', () => {
    const s = scenario(2026, 2, { rateOverrides: [{ year: 2026, rate: 'integration.year1AdultInFamily', value: 200_000, source: 'x' }] });
    const next = effectiveRates(s, reference).book.table(2027).integration;
    // 200 000 × 243 594 / 242 760 = 200 687.
    expect(next.year1AdultInFamily.value).toBe(200_687);
    expect([next.year1Child.value, next.year1Child.low, next.year1Child.high]).toEqual([200_687, 200_000, next.year1AdultInFamily.high]);
  });
});

describe('projectRange: the totals at both ends of the estimated rates', () => {
  /** FLAT_2017, but the 2026 year-1 single-adult rate is an estimate: 240 000, from 230 000 to 260 000. */
  const withRange = flatReference((year): RateTable => {
    const t = table(year);
    if (year !== 2026) return t;
    const figure = { value: 240_000, status: 'estimated' as const, source: { kind: 'text' as const, text: 'test' }, low: 230_000, high: 260_000 };
    return { ...t, integration: { ...t.integration, year1SingleAdult: figure } };
  });

  /**
   * 10 single adults in 2026, nothing else estimated:
   * | total        | central   | low = central − 10 × 10 000 | high = central + 10 × 20 000 |
   * | AR-1 EV 2026 | 2 400 000 | 2 300 000                   | 2 600 000                    |
   */
  it('given 10 single adults on the one estimated rate, then income and net move by 10 × the distance to each end', () => {
    const s = scenario(2026, 4, { years: [{ singleAdults: 10 }] });
    const central = projectScenario(s, withRange);
    const range = projectRange(s, withRange);
    expect(central.grants.find((l) => l.id === 'integrationYear1SingleAdult')?.values[0]).toBe(2_400_000);
    expect(range.economyPlan.income).toEqual({ low: central.budget.economyPlan.income - 100_000, high: central.budget.economyPlan.income + 200_000 });
    expect(range.economyPlan.net).toEqual({ low: central.budget.economyPlan.net - 100_000, high: central.budget.economyPlan.net + 200_000 });
    expect(range.horizon.income.high - range.horizon.income.low).toBe(300_000);
    expect(range.years[1]?.income).toEqual({ low: central.budget.years[1]?.income, high: central.budget.years[1]?.income });
  });

  it('given only known rates, then the range is the total itself', () => {
    const s = scenario(2017, 4, { years: [{ singleAdults: 10, children: 5 }] });
    const central = projectScenario(s, FLAT_2017);
    const range = projectRange(s, FLAT_2017);
    expect(range.economyPlan.income).toEqual({ low: central.budget.economyPlan.income, high: central.budget.economyPlan.income });
  });
});

describe('range property (fast-check)', async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  if (!loaded.ok) throw new Error('reference data does not load');
  const reference = loaded.data.reference;
  const count = fc.integer({ min: 0, max: 100 });
  const scenarioArb = fc
    .record({
      startYear: fc.integer({ min: 2016, max: 2040 }),
      years: fc.array(
        fc.record({ singleAdults: count, adultsInFamilies: count, children: count, unaccompaniedMinors: fc.integer({ min: 0, max: 20 }), highNeedsTier1: fc.integer({ min: 0, max: 3 }) }),
        { minLength: 1, maxLength: 12 },
      ),
      entered: fc.option(fc.record({ offset: fc.integer({ min: 0, max: 11 }), value: fc.integer({ min: 0, max: 400_000 }) })),
    })
    .map((r): Scenario =>
      scenario(r.startYear, r.years.length, {
        years: r.years as Partial<YearInput>[],
        rateOverrides: r.entered ? [{ year: r.startYear + r.entered.offset, rate: 'integration.year2', value: r.entered.value, source: 'x' }] : [],
      }),
    );

  it('given any scenario on the real rates, then low ≤ central ≤ high for income and net of the economy plan, the horizon and every year', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = projectScenario(s, reference);
        const r = projectRange(s, reference);
        const pairs = [
          [r.economyPlan.income, p.budget.economyPlan.income],
          [r.economyPlan.net, p.budget.economyPlan.net],
          [r.horizon.income, p.budget.horizon.income],
          [r.horizon.net, p.budget.horizon.net],
          ...r.years.map((y, i) => [y.income, p.budget.years[i]?.income ?? 0] as const),
        ] as const;
        for (const [span, central] of pairs) {
          expect(span.low).toBeLessThanOrEqual(central);
          expect(central).toBeLessThanOrEqual(span.high);
        }
      }),
      { numRuns: 60 },
    );
  });
});
