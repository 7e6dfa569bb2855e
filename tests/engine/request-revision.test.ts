import fc from 'fast-check';
import { projectScenario, type Scenario, type YearInput } from '../../src/engine';
import { requestCountedFrom } from '../../src/engine/above-request';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { line, onlyMonth, scenario } from '../builders';

const loaded = await readReferenceBundleFromDisk('public/data');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const reference = loaded.data.reference;

/** 12 single adults settled in January of `year`, with the request and its revision as given. */
const twelveIn = (year: number, request: Partial<YearInput>, bonus = 0) =>
  projectScenario(
    scenario(year, 1, {
      years: [{ singleAdults: 12, ...request }],
      monthProfile: onlyMonth(1),
      policy: { aboveRequestBonusPerPerson: bonus },
    }),
    reference,
  );

/**
 * The extra grant for settling above the request, 50 000 kr per person in 2016 and in 2023
 * (public/data/rates.json), 12 persons settled:
 *
 * | year | request | revised | counted from       | beyond      | grant               |
 * |------|---------|---------|--------------------|-------------|---------------------|
 * | 2016 | 10      | —       | 10 (no revision)   | 12 − 10 = 2 | 2 × 50 000 = 100 000 |
 * | 2016 | 10      | 8       | 8 (the revision)   | 12 − 8 = 4  | 4 × 50 000 = 200 000 |
 * | 2023 | 10      | 8       | 10 (the original)  | 12 − 10 = 2 | 2 × 50 000 = 100 000 |
 * | 2023 | 10      | 14      | 10 (the original)  | 12 − 10 = 2 | 2 × 50 000 = 100 000 |
 * | 2016 | 10      | 14      | 14 (the revision)  | 0           | 0                   |
 */
describe('the extra grant above the request: original request or its in-year revision', () => {
  it('given 2016, a request of 10 and no revision, then 2 persons above bring 100 000', () => {
    expect(line(twelveIn(2016, { request: 10 }).grants, 'aboveRequest')).toEqual([100_000]);
  });

  it('given 2016, a request of 10 revised to 8, then the grant counts from the revision: 4 × 50 000 = 200 000', () => {
    expect(line(twelveIn(2016, { request: 10, revisedRequest: 8 }).grants, 'aboveRequest')).toEqual([200_000]);
  });

  it('given 2023, a request of 10 revised to 8, then the grant counts from the original request: 100 000', () => {
    expect(line(twelveIn(2023, { request: 10, revisedRequest: 8 }).grants, 'aboveRequest')).toEqual([100_000]);
  });

  it('given 2023, a request of 10 revised up to 14, then the grant still counts from the original: 100 000', () => {
    expect(line(twelveIn(2023, { request: 10, revisedRequest: 14 }).grants, 'aboveRequest')).toEqual([100_000]);
  });

  it('given 2016, a request of 10 revised up to 14, then no one is above it: 0', () => {
    expect(line(twelveIn(2016, { request: 10, revisedRequest: 14 }).grants, 'aboveRequest')).toEqual([0]);
  });

  it('given a what-if bonus of 10 000 in 2016 with the request revised to 8, then the bonus counts from the revision too: 40 000', () => {
    expect(line(twelveIn(2016, { request: 10, revisedRequest: 8 }, 10_000).grants, 'policyBonus')).toEqual([40_000]);
  });

  it('given a revision but no request, then nothing is counted from it', () => {
    expect(requestCountedFrom(2016, { request: null, revisedRequest: 8 })).toBeNull();
    expect(line(twelveIn(2016, { revisedRequest: 8 }).grants, 'aboveRequest')).toEqual([0]);
  });
});

describe('the in-year revision: properties (fast-check)', () => {
  const yearArb = fc.record({
    singleAdults: fc.integer({ min: 0, max: 80 }),
    children: fc.integer({ min: 0, max: 80 }),
    request: fc.option(fc.integer({ min: 0, max: 150 })),
  });
  const scenarioArb = fc
    .record({ startYear: fc.integer({ min: 2016, max: 2030 }), years: fc.array(yearArb, { minLength: 1, maxLength: 8 }), bonus: fc.integer({ min: 0, max: 50_000 }) })
    .map((r): Scenario => scenario(r.startYear, r.years.length, { years: r.years as Partial<YearInput>[], policy: { aboveRequestBonusPerPerson: r.bonus } }));

  it('given a revision equal to the request in every year, then the projection is the one without revisions', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const revised: Scenario = { ...s, years: s.years.map((y) => ({ ...y, revisedRequest: y.request })) };
        expect(projectScenario(revised, reference)).toEqual(projectScenario(s, reference));
      }),
      { numRuns: 60 },
    );
  });

  it('given a revision in 2023, whatever it is, then the projection is the one without it', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 200 }), (s, revision) => {
        const at2023 = 2023 - s.startYear;
        const revised: Scenario = { ...s, years: s.years.map((y, i) => (i === at2023 ? { ...y, revisedRequest: revision } : y)) };
        expect(projectScenario(revised, reference)).toEqual(projectScenario(s, reference));
      }),
      { numRuns: 60 },
    );
  });
});
