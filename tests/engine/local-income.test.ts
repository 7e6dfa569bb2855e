import { projectScenario } from '../../src/engine';
import { parseScenario } from '../../src/scenario/parse';
import { FLAT_2017, line, minorAges, onlyMonth, scenario } from '../builders';

const cost = (p: ReturnType<typeof projectScenario>, id: string) => p.costs.find((c) => c.id === id)?.values ?? [];

describe('income and costs beyond IMDi\'s grants (docs/model.md#block-grant, docs/model.md#cost-lines)', () => {
  /**
   * 12 single adults in 2017, one a month; block grant 30 000 kr per inhabitant:
   * | year | living here on 1 July the year before       | block grant |
   * | 2017 | none of the plan's                          |           0 |
   * | 2018 | arrived January–June 2017: 6                |     180 000 |
   * | 2019 | the 12 of 2017 (50 % leave after year 1: 6) | 360 000 (180 000) |
   */
  it('given 12 single adults over 2017 and 30 000 kr per inhabitant, then the block grant is 0, 180 000 and 360 000; with half leaving after year 1, 180 000 in 2019', () => {
    const s = scenario(2017, 3, { years: [{ singleAdults: 12 }], blockGrant: { perInhabitant: 30_000 } });
    expect(line(projectScenario(s, FLAT_2017).grants, 'blockGrant')).toEqual([0, 180_000, 360_000]);
    const leaving = { ...s, leaving: { byYearOfResidence: [0.5, 0, 0, 0, 0] as [number, number, number, number, number] } };
    expect(line(projectScenario(leaving, FLAT_2017).grants, 'blockGrant')).toEqual([0, 180_000, 180_000]);
  });

  /**
   * 10 single adults and 2 minors in January 2017, other services 1 000 / 500 kr in years 1 / 2:
   * 2017: 12 × 1 000 = 12 000; 2018: 12 × 500 = 6 000; 2019: 0.
   */
  it('given other services of 1 000 and 500 kr per person in years of residence 1 and 2, then 12 000 and 6 000 kr for 12 persons, minors included', () => {
    const p = projectScenario(
      scenario(2017, 3, { years: [{ singleAdults: 10, unaccompaniedMinors: 2 }], monthProfile: onlyMonth(1), costs: { otherServicesByYearOfResidence: [1_000, 500, 0, 0, 0] } }),
      FLAT_2017,
    );
    expect(cost(p, 'otherServices')).toEqual([12_000, 6_000, 0]);
  });

  /**
   * 2 minors aged 17 in January 2017, care 1 000 000 kr per minor-year, 50 % refunded:
   * | year    | minor-years | care cost | refund    |
   * | 2017–20 | 2           | 2 000 000 | 1 000 000 |
   * | 2021    | 0           |         0 |         0 |
   */
  it('given the state refunding 50 % of a care cost of 1 000 000 kr per minor-year, then 2 minors bring 1 000 000 kr a year while in care', () => {
    const p = projectScenario(
      scenario(2017, 5, {
        years: [{ unaccompaniedMinors: 2 }],
        monthProfile: onlyMonth(1),
        minors: { ageShares: minorAges(17), settlementYear: 'months' },
        costs: { careCostPerMinorYear: 1_000_000 },
        policy: { minorsCareRefundShare: 0.5 },
      }),
      FLAT_2017,
    );
    expect(cost(p, 'minorsCare')).toEqual([2_000_000, 2_000_000, 2_000_000, 2_000_000, 0]);
    expect(line(p.grants, 'minorsCareRefund')).toEqual([1_000_000, 1_000_000, 1_000_000, 1_000_000, 0]);
  });

  it.each([
    [{ blockGrant: { perInhabitant: 2_000_000 } }, 'blockGrant.perInhabitant: must be an amount of kroner from 0 to 1000000, got 2000000'],
    [{ costs: { otherServicesByYearOfResidence: [0, 0, 0, 0, 20_000_000] } }, 'costs.otherServicesByYearOfResidence[4]: must be an amount of kroner from 0 to 10000000, got 20000000'],
    [{ policy: { minorsCareRefundShare: 1.5 } }, 'policy.minorsCareRefundShare: must be a share from 0 to 1, got 1.5'],
    [{ leaving: { byYearOfResidence: [0, 2, 0, 0, 0] } }, 'leaving.byYearOfResidence[1]: must be a share from 0 to 1, got 2'],
  ])('given a version 2 field beyond its bound, then the file is refused naming it: %#', (extra, issue) => {
    expect(parseScenario({ formatVersion: 2, municipalityCode: '3303', startYear: 2026, years: [{}], ...extra })).toMatchObject({ ok: false, issues: [issue] });
  });
});
