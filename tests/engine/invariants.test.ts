import fc from 'fast-check';
import { projectScenario, type Projection, type Scenario, type YearInput } from '../../src/engine';
import { FLAT_2017, onlyMonth, scenario } from '../builders';

/** The invariants of docs/model.md#invariants, as properties. */

const count = fc.integer({ min: 0, max: 200 });
const shareArb = fc.double({ min: 0, max: 1, noNaN: true });
const yearArb = fc.record({
  singleAdults: count,
  adultsInFamilies: count,
  children: count,
  unaccompaniedMinors: fc.integer({ min: 0, max: 30 }),
  highNeedsTier1: fc.integer({ min: 0, max: 5 }),
  highNeedsTier2: fc.integer({ min: 0, max: 5 }),
  programmePlaces: fc.option(fc.integer({ min: 0, max: 300 })),
});

const scenarioArb = fc
  .record({
    startYear: fc.integer({ min: 2016, max: 2030 }),
    years: fc.array(yearArb, { minLength: 1, maxLength: 8 }),
    monthProfile: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
    adultsAged60Plus: shareArb,
    perSingleAdult: fc.double({ min: 0, max: 2, noNaN: true }),
    humanitarianShare: shareArb,
    dwellingsAtStart: fc.integer({ min: 0, max: 500 }),
    tier2Cost: fc.integer({ min: 0, max: 3_000_000 }),
  })
  .map((r): Scenario =>
    scenario(r.startYear, r.years.length, {
      years: r.years as Partial<YearInput>[],
      monthProfile: r.monthProfile,
      composition: { adultsAged60Plus: r.adultsAged60Plus },
      familyReunification: { perSingleAdult: r.perSingleAdult, humanitarianShare: r.humanitarianShare },
      housing: { dwellingsAtStart: r.dwellingsAtStart },
      highNeedsTier2DocumentedCost: r.tier2Cost,
    }),
  );

const project = (s: Scenario) => projectScenario(s, FLAT_2017);
const income = (p: Projection) => p.budget.years.map((y) => y.income);
const integrationYear1 = (p: Projection) =>
  p.grants.filter((l) => l.id.startsWith('integrationYear1')).reduce((sum, l) => sum + (l.values[0] ?? 0), 0);

describe('engine invariants (fast-check)', () => {
  it('given any scenario, then persons are conserved: the year-of-residence buckets sum to everyone arrived so far', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = project(s);
        let arrived = 0;
        for (const year of p.persons) {
          const { singleAdults, adultsInFamilies, children, unaccompaniedMinors } = year.settled;
          arrived += singleAdults + adultsInFamilies + children + unaccompaniedMinors + year.reunified;
          const buckets = year.byYearOfResidence.reduce((a, b) => a + b, 0);
          expect(Math.abs(buckets - arrived)).toBeLessThan(1e-4);
        }
      }),
    );
  });

  it('given any scenario, then no persons, dwellings, places or grants are negative', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const p = project(s);
        const all = [
          ...p.grants.flatMap((l) => l.values),
          ...p.costs.flatMap((l) => l.values),
          ...p.persons.flatMap((y) => [...y.byYearOfResidence, y.reunified, y.waitingForDwelling]),
          ...Object.values(p.monthly.housing).flat(),
          ...p.monthly.programme.participants,
          ...p.monthly.programme.waiting,
          ...p.monthly.programme.idlePlaces,
        ];
        expect(all.every((x) => x >= 0)).toBe(true);
      }),
    );
  });

  it('given no one settled, then zero grants and zero computed costs', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 100_000 }), (s, unitCost) => {
        const empty = {
          ...s,
          years: s.years.map((y) => ({ ...y, singleAdults: 0, adultsInFamilies: 0, children: 0, unaccompaniedMinors: 0, highNeedsTier1: 0, highNeedsTier2: 0 })),
          costs: { ...s.costs, socialAssistanceByYearOfResidence: [unitCost, unitCost, unitCost, unitCost, unitCost] as const, careCostPerMinorYear: unitCost, emergencyHousingPremiumPerHouseholdMonth: unitCost, housingNetCostPerUnitMonth: unitCost },
        };
        const p = project(empty);
        expect(p.grants.flatMap((l) => l.values).every((x) => x === 0)).toBe(true);
        for (const id of ['introductionBenefit', 'socialAssistance', 'minorsCare', 'emergencyHousing', 'housingNet'] as const) {
          expect(p.costs.find((l) => l.id === id)?.values.every((x) => x === 0)).toBe(true);
        }
      }),
    );
  });

  it('given the numbers settled scaled by k, then grant income scales by k (within whole-krone rounding)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 2, max: 5 }), (s, k) => {
        const scaled = {
          ...s,
          years: s.years.map((y) => ({
            ...y,
            singleAdults: y.singleAdults * k,
            adultsInFamilies: y.adultsInFamilies * k,
            children: y.children * k,
            unaccompaniedMinors: y.unaccompaniedMinors * k,
            highNeedsTier1: y.highNeedsTier1 * k,
            highNeedsTier2: y.highNeedsTier2 * k,
          })),
        };
        const once = income(project(s));
        const tolerance = ((k + 1) / 2) * 19; // each of 19 lines rounded to whole kroner once
        income(project(scaled)).forEach((value, y) => expect(Math.abs(value - k * (once[y] ?? 0))).toBeLessThanOrEqual(tolerance));
      }),
    );
  });

  it('given arrivals moved from January to December (places unlimited), then the year-1 integration grant is unchanged and the benefit that year is lower', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 100 }), (s, adults) => {
        const withAdults = { ...s, years: s.years.map((y, i) => (i === 0 ? { ...y, singleAdults: adults, programmePlaces: null } : y)) };
        const january = project({ ...withAdults, monthProfile: onlyMonth(1) });
        const december = project({ ...withAdults, monthProfile: onlyMonth(12) });
        expect(integrationYear1(december)).toBe(integrationYear1(january));
        const benefit = (p: Projection) => p.costs.find((l) => l.id === 'introductionBenefit')?.values[0] ?? 0;
        expect(benefit(december)).toBeLessThan(benefit(january));
      }),
    );
  });

  it('given a single cohort, then it earns no integration grant after its fifth year', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 2016, max: 2030 }), (first, startYear) => {
        const p = project(scenario(startYear, 10, { years: [first], familyReunification: { perSingleAdult: 0 } }));
        const later = p.grants.filter((l) => l.id.startsWith('integration')).flatMap((l) => l.values.slice(5));
        expect(later.every((x) => x === 0)).toBe(true);
      }),
    );
  });

  it('given more dwellings or places, then shortage and waiting never rise', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 50 }), (s, extra) => {
        const more = {
          ...s,
          housing: { ...s.housing, dwellingsAtStart: s.housing.dwellingsAtStart + extra },
          years: s.years.map((y) => ({ ...y, programmePlaces: y.programmePlaces === null ? null : y.programmePlaces + extra })),
        };
        const a = project(s).monthly;
        const b = project(more).monthly;
        b.housing.shortage.forEach((x, t) => expect(x).toBeLessThanOrEqual((a.housing.shortage[t] ?? 0) + 1e-9));
        b.programme.waiting.forEach((x, t) => expect(x).toBeLessThanOrEqual((a.programme.waiting[t] ?? 0) + 1e-9));
      }),
    );
  });
});
