import fc from 'fast-check';
import { projectScenario, type ReferenceData, type Scenario, type YearInput } from '../../src/engine';
import { mixedDurations, SHORT_PROGRAMME_DURATIONS } from '../../src/engine/collective-protection';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { line, onlyMonth, scenario } from '../builders';

const loaded = await readReferenceBundleFromDisk('public/data');
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const reference = loaded.data.reference;

const tenSingleAdults2023 = (k: number) =>
  projectScenario(
    scenario(2023, 3, {
      years: [{ singleAdults: 10 }],
      monthProfile: onlyMonth(1),
      composition: { norwegianTrainingHighRate: 0.5, adultsCollectiveProtection: k },
    }),
    reference,
  );

describe('collective protection: the one-year Norwegian-training rate', () => {
  /**
   * 10 single adults settled January 2023, none 60+, half on the high rate, 40 % under collective
   * protection; rates of public/data/rates.json (persontilskudd low / high total, collective
   * protection: 2023 55 064 / 143 267 / 45 000; 2024 55 253 / 143 759; 2025 55 443 / 144 253):
   *
   * | year | three-year rate, 6 adults, ⅓ a year            | collective protection, 4 adults | total   |
   * |------|-------------------------------------------------|---------------------------------|---------|
   * | 2023 | 6 × (½ × 143 267 + ½ × 55 064) / 3 = 198 331   | 4 × 45 000 = 180 000            | 378 331 |
   * | 2024 | 6 × (½ × 143 759 + ½ × 55 253) / 3 = 199 012   | 0                               | 199 012 |
   * | 2025 | 6 × (½ × 144 253 + ½ × 55 443) / 3 = 199 696   | 0                               | 199 696 |
   *
   * With no one under collective protection: 10 × 99 165,5 / 3 = 330 552 in 2023.
   */
  it('given 10 single adults in 2023 and 40 % under collective protection, then the Norwegian-training grant is 378 331, 199 012, 199 696', () => {
    expect(line(tenSingleAdults2023(0.4).grants, 'norwegianTraining')).toEqual([378_331, 199_012, 199_696]);
  });

  it('given the same with no one under collective protection, then it is 330 552, 331 687, 332 827', () => {
    // 10 × 99 506 / 3 = 331 686,67; 10 × 99 848 / 3 = 332 826,67.
    expect(line(tenSingleAdults2023(0).grants, 'norwegianTraining')).toEqual([330_552, 331_687, 332_827]);
  });

  it('given everyone under collective protection, then the grant is 10 × 45 000 in 2023 and nothing after', () => {
    expect(line(tenSingleAdults2023(1).grants, 'norwegianTraining')).toEqual([450_000, 0, 0]);
  });

  it('given collective protection, then the integration grant is the same as without', () => {
    expect(line(tenSingleAdults2023(0.4).grants, 'integrationYear1SingleAdult')).toEqual(line(tenSingleAdults2023(0).grants, 'integrationYear1SingleAdult'));
  });
});

describe('collective protection: the short programme profile', () => {
  /**
   * The same 10 adults: 10 × 0,9 (18–55) × 0,85 (take part) = 7,65 start in March 2023 (two
   * months after settlement). Durations 6/12/24/36/48 months at 10/20/45/20/5 %; the 40 % under
   * collective protection stay 6 or 12 months, half each:
   *
   * | months | share, k = 0 | share, k = 0,4                  |
   * |--------|--------------|---------------------------------|
   * |   6    | 0,10         | 0,6 × 0,10 + 0,4 × 0,5 = 0,26   |
   * |  12    | 0,20         | 0,6 × 0,20 + 0,4 × 0,5 = 0,32   |
   * |  24    | 0,45         | 0,6 × 0,45 = 0,27               |
   * |  36    | 0,20         | 0,12                            |
   * |  48    | 0,05         | 0,03                            |
   *
   * | month          | participants, k = 0          | participants, k = 0,4        |
   * |----------------|------------------------------|------------------------------|
   * | March 2023     | 7,65                         | 7,65                         |
   * | September 2023 | 7,65 × 0,90 = 6,885          | 7,65 × 0,74 = 5,661          |
   * | March 2024     | 7,65 × 0,70 = 5,355          | 7,65 × 0,42 = 3,213          |
   * | March 2025     | 7,65 × 0,25 = 1,9125         | 7,65 × 0,15 = 1,1475         |
   */
  it('given 40 % under collective protection, then participants are 7,65, 5,661, 3,213 and 1,1475 in March, September, March and March', () => {
    const participants = tenSingleAdults2023(0.4).monthly.programme.participants;
    expect([participants[2], participants[8], participants[14], participants[26]]).toEqual([7.65, 5.661, 3.213, 1.1475]);
  });

  it('given no one under collective protection, then they are 7,65, 6,885, 5,355 and 1,9125', () => {
    const participants = tenSingleAdults2023(0).monthly.programme.participants;
    expect([participants[2], participants[8], participants[14], participants[26]]).toEqual([7.65, 6.885, 5.355, 1.9125]);
  });

  it('given a share of 0, then the durations are the scenario’s own, the same list', () => {
    const regular = [{ months: 24, share: 1 }];
    expect(mixedDurations(regular, 0)).toBe(regular);
    expect(mixedDurations(regular, 0.25)).toEqual([
      { months: 24, share: 0.75 },
      { months: 6, share: 0.125 },
      { months: 12, share: 0.125 },
    ]);
    expect(SHORT_PROGRAMME_DURATIONS.map((d) => d.months)).toEqual([6, 12]);
  });
});

const count = fc.integer({ min: 0, max: 100 });
const scenarioArb = fc
  .record({
    startYear: fc.integer({ min: 2016, max: 2035 }),
    years: fc.array(
      fc.record({ singleAdults: count, adultsInFamilies: count, children: count, programmePlaces: fc.option(fc.integer({ min: 0, max: 200 })) }),
      { minLength: 1, maxLength: 6 },
    ),
    perSingleAdult: fc.double({ min: 0, max: 1, noNaN: true }),
    leave: fc.double({ min: 0, max: 0.5, noNaN: true }),
  })
  .map((r): Scenario =>
    scenario(r.startYear, r.years.length, {
      years: r.years as Partial<YearInput>[],
      familyReunification: { perSingleAdult: r.perSingleAdult },
      leaving: { byYearOfResidence: [r.leave, 0, 0, 0, 0] },
    }),
  );

/** The reference with every collective-protection rate set to `value`. */
const withCollectiveRate = (value: number): ReferenceData => ({
  ...reference,
  rates: reference.rates.map((t) => ({
    ...t,
    norwegianTraining: { ...t.norwegianTraining, collectiveProtection: { ...t.norwegianTraining.collectiveProtection, value } },
  })),
});

describe('collective protection: properties (fast-check)', () => {
  it('given a share of 0, then the projection is the same whatever the collective-protection rate', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 500_000 }), (s, rate) => {
        expect(projectScenario(s, withCollectiveRate(rate))).toEqual(projectScenario(s, reference));
      }),
      { numRuns: 40 },
    );
  });

  it('given any share, then only the Norwegian-training grant, the programme and its benefit and running cost move', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0, max: 1, noNaN: true }), (s, k) => {
        const base = projectScenario(s, reference);
        const p = projectScenario({ ...s, composition: { ...s.composition, adultsCollectiveProtection: k } }, reference);
        expect(p.grants.filter((l) => l.id !== 'norwegianTraining')).toEqual(base.grants.filter((l) => l.id !== 'norwegianTraining'));
        expect(p.persons).toEqual(base.persons);
        expect(p.monthly.housing).toEqual(base.monthly.housing);
      }),
      { numRuns: 40 },
    );
  });
});
