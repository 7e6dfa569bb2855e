import { projectScenario } from '../../src/engine';
import { FLAT_2017, line, onlyMonth, scenario } from '../builders';

const housing = {
  dwellingsAtStart: 5,
  pipeline: [{ year: 2026, month: 1, units: 3, leadTimeMonths: 6, acquired: false }],
  releases: [{ year: 2028, month: 1, units: 2 }],
};

describe('housing (docs/model.md#housing)', () => {
  const planned = projectScenario(
    scenario(2026, 3, { years: [{ singleAdults: 12 }], monthProfile: onlyMonth(1), housing }),
    FLAT_2017,
  );

  it('given 12 single adults and 5 dwellings, 3 more ready in July, then 7 short until July and 4 after', () => {
    const h = planned.monthly.housing;
    expect(h.available.slice(0, 12)).toEqual([5, 5, 5, 5, 5, 5, 8, 8, 8, 8, 8, 8]);
    expect(h.householdsNeedingDwelling.slice(0, 12)).toEqual(Array(12).fill(12));
    expect(h.shortage.slice(0, 12)).toEqual([7, 7, 7, 7, 7, 7, 4, 4, 4, 4, 4, 4]);
  });

  it('given 10 % moved out in year 2 and 2 dwellings released in 2028, then 10.8 needed in 2027 and 9.6 in 2028 against 6', () => {
    const h = planned.monthly.housing;
    expect(h.householdsNeedingDwelling[12]).toBe(10.8);
    expect(h.shortage[12]).toBe(2.8);
    expect(h.available[24]).toBe(6);
    expect(h.shortage[24]).toBe(3.6);
  });

  it('given families of 4, then 8 adults and 8 children form 4 households; idle units are counted', () => {
    const p = projectScenario(scenario(2026, 1, { years: [{ adultsInFamilies: 8, children: 8 }], monthProfile: onlyMonth(1), housing }), FLAT_2017);
    expect(p.monthly.housing.householdsNeedingDwelling[0]).toBe(4);
    expect(p.monthly.housing.idle[0]).toBe(1);
    expect(p.monthly.housing.idle[6]).toBe(4);
  });

  it('given settlement delayed until a dwelling is free, then 8 settle in 2026, 4 wait, and the grant follows those settled', () => {
    const p = projectScenario(
      scenario(2026, 2, {
        years: [{ singleAdults: 12 }],
        monthProfile: onlyMonth(1),
        housing: { ...housing, delaySettlementWithoutDwelling: true },
      }),
      FLAT_2017,
    );
    expect(p.monthly.housing.shortage.slice(0, 12)).toEqual(Array(12).fill(0));
    expect(p.monthly.housing.personsWaiting[0]).toBe(7);
    expect(p.monthly.housing.personsWaiting[6]).toBe(4);
    expect(p.persons[0]?.settled.singleAdults).toBe(8);
    expect(p.persons[0]?.waitingForDwelling).toBe(4);
    expect(line(p.grants, 'integrationYear1SingleAdult')).toEqual([1_880_000, 188_000]);
  });

  it('given settlement delayed and 3 of the 12 planned for 2026 with high needs, then the high-needs grants follow the persons: 8 of 12 settled in 2026, 0.8 in 2027', () => {
    const p = projectScenario(
      scenario(2026, 2, {
        years: [{ singleAdults: 12, highNeedsTier1: 3, highNeedsTier2: 3 }],
        monthProfile: onlyMonth(1),
        housing: { ...housing, delaySettlementWithoutDwelling: true },
        highNeedsTier2DocumentedCost: 400_000,
      }),
      FLAT_2017,
    );
    // Tier 1 (190 800 kr one-off in 2017's table): 3 × 8/12 = 2 persons in 2026, 3 × 0.8/12 = 0.2 in 2027.
    expect(line(p.grants, 'highNeedsTier1')).toEqual([381_600, 38_160]);
    // Tier 2 (400 000 − 2017's threshold of 200 000 = 200 000 kr a year each, docs/model.md#high-needs-grant):
    // 2 persons in 2026, 2 + 0.2 = 2.2 in 2027.
    expect(line(p.grants, 'highNeedsTier2')).toEqual([400_000, 440_000]);
  });

  it('given the same plan settled without waiting, then all 3 high-needs persons count in 2026', () => {
    const p = projectScenario(
      scenario(2026, 2, { years: [{ singleAdults: 12, highNeedsTier1: 3 }], monthProfile: onlyMonth(1), housing }),
      FLAT_2017,
    );
    expect(line(p.grants, 'highNeedsTier1')).toEqual([572_400, 0]);
  });

  it('given costs per unit-month, then occupied, idle and shortage months are priced', () => {
    const p = projectScenario(
      scenario(2026, 1, {
        years: [{ singleAdults: 12 }],
        monthProfile: onlyMonth(1),
        housing,
        costs: { housingNetCostPerUnitMonth: 5_000, emergencyHousingPremiumPerHouseholdMonth: 10_000, idleUnitCostPerMonth: 3_000 },
      }),
      FLAT_2017,
    );
    expect(line(p.costs, 'housingNet')).toEqual([390_000]);
    expect(line(p.costs, 'emergencyHousing')).toEqual([660_000]);
    expect(line(p.costs, 'idleUnits')).toEqual([0]);
  });

  it('given acquired units and Husbanken\'s grant switched on, then both fall in the year the units are ready', () => {
    const p = projectScenario(
      scenario(2026, 2, {
        housing: {
          pipeline: [{ year: 2026, month: 9, units: 2, leadTimeMonths: 6, acquired: true }],
          zone: 'regional',
          husbankenGrant: true,
        },
        costs: { acquisitionCostPerUnit: 3_000_000 },
      }),
      FLAT_2017,
    );
    expect(p.capital.acquisition).toEqual([0, 6_000_000]);
    expect(p.capital.husbankenGrant).toEqual([0, 1_536_000]);
  });
});
