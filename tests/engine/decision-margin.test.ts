import fc from 'fast-check';
import { projectScenario, type Scenario, type YearInput } from '../../src/engine';
import { decisionCeiling } from '../../src/engine/decision';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { scenario } from '../builders';

const loaded = await readReferenceBundleFromDisk('public/data');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const reference = loaded.data.reference;

/**
 * A decision «up to x % more»: the council allows ⌊decision × (1 + x/100)⌋ persons.
 *
 * | decision | up to | arithmetic            | ceiling |
 * |----------|-------|-----------------------|---------|
 * | 45       | 10 %  | ⌊45 × 1,10⌋ = ⌊49,5⌋  | 49      |
 * | 50       | 10 %  | 50 × 1,10             | 55      |
 * | 45       | 20 %  | 45 × 1,20             | 54      |
 * | 7        | 0 %   | 7                     | 7       |
 */
describe('a decision «up to x % more»', () => {
  it.each([
    [45, 10, 49],
    [50, 10, 55],
    [45, 20, 54],
    [7, 0, 7],
  ])('given a decision of %i and up to %i %% more, then the council allows %i', (decision, margin, ceiling) => {
    expect(decisionCeiling({ decision, decisionMarginPercent: margin })).toBe(ceiling);
  });

  it('given no decision, then there is no ceiling, whatever the margin', () => {
    expect(decisionCeiling({ decision: null, decisionMarginPercent: 10 })).toBeNull();
  });

  /**
   * 2026–2028, decision 45 each year, single adults 52, 49, 52; margins 10 %, 10 %, 0 %:
   *
   * | year | settled | ceiling | beyond the decision |
   * |------|---------|---------|---------------------|
   * | 2026 | 52      | 49      | 3                   |
   * | 2027 | 49      | 49      | 0                   |
   * | 2028 | 52      | 45      | 7                   |
   */
  it('given decisions of 45 with up to 10, 10 and 0 % more and 52, 49, 52 settled, then 3, 0 and 7 are beyond the decision', () => {
    const s = scenario(2026, 3, {
      years: [52, 49, 52].map((singleAdults, i) => ({ singleAdults, decision: 45, decisionMarginPercent: i < 2 ? 10 : 0 })),
    });
    expect(projectScenario(s, reference).persons.map((p) => p.beyondDecision)).toEqual([3, 0, 7]);
  });
});

describe('the decision margin: properties (fast-check)', () => {
  const yearArb = fc.record({
    singleAdults: fc.integer({ min: 0, max: 80 }),
    adultsInFamilies: fc.integer({ min: 0, max: 80 }),
    request: fc.option(fc.integer({ min: 0, max: 150 })),
    decision: fc.option(fc.integer({ min: 0, max: 150 })),
  });
  const scenarioArb = fc
    .record({ startYear: fc.integer({ min: 2016, max: 2030 }), years: fc.array(yearArb, { minLength: 1, maxLength: 8 }) })
    .map((r): Scenario => scenario(r.startYear, r.years.length, { years: r.years as Partial<YearInput>[] }));
  const withMargins = (s: Scenario, margins: readonly number[]): Scenario => ({
    ...s,
    years: s.years.map((y, i) => ({ ...y, decisionMarginPercent: margins[i] ?? 0 })),
  });

  it('given a margin of 0, then beyond the decision is exactly settled − decision (0 without a decision)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = projectScenario(withMargins(s, []), reference);
        p.persons.forEach((year, i) => {
          const decision = s.years[i]?.decision ?? null;
          const settled = year.settled.singleAdults + year.settled.adultsInFamilies;
          expect(year.beyondDecision).toBeCloseTo(decision === null ? 0 : Math.max(0, settled - decision), 6);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('given any margins, then money, persons and capacity are those without a margin and no more are beyond the decision', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }), (s, margins) => {
        const base = projectScenario(s, reference);
        const p = projectScenario(withMargins(s, margins), reference);
        expect(p.budget).toEqual(base.budget);
        expect(p.monthly).toEqual(base.monthly);
        p.persons.forEach((year, i) => expect(year.beyondDecision).toBeLessThanOrEqual(base.persons[i]?.beyondDecision ?? NaN));
      }),
      { numRuns: 60 },
    );
  });
});
