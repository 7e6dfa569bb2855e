import { projectScenario } from '../../src/engine';
import { benefitFactor } from '../../src/engine/programme';
import { FLAT_2017, line, onlyMonth, scenario } from '../builders';

const everyoneFor12Months = {
  participation: 1,
  startLagMonths: 2,
  durations: [{ months: 12, share: 1 }],
  under25Share: 0,
  under25WithParentsShare: 0,
};

describe('introduction programme (docs/model.md#introduction-programme)', () => {
  const run = (places: number | null, month = 1) =>
    projectScenario(
      scenario(2017, 3, {
        years: [{ singleAdults: 12, programmePlaces: places }, { programmePlaces: places }, { programmePlaces: places }],
        monthProfile: onlyMonth(month),
        composition: { adultsAged18to55: 1 },
        programme: everyoneFor12Months,
      }),
      FLAT_2017,
    );

  it('given 12 adults settled in January, a 2-month lag and 12 months in the programme, then 12 take part March to February', () => {
    const { participants } = run(null).monthly.programme;
    expect(participants.slice(0, 15)).toEqual([0, 0, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 0]);
  });

  it('given the benefit of 2 G, then March–April 2017 pay G 2016 and May–December G 2017 (G changes 1 May)', () => {
    const benefit = line(run(null).costs, 'introductionBenefit');
    // 12 × 2 × 92 576 / 12 × 2 months + 12 × 2 × 93 634 / 12 × 8 months; then Jan–Feb 2018 on G 2017.
    expect(benefit).toEqual([1_868_448, 374_536, 0]);
  });

  it('given 6 places, then 6 start and 6 wait until places free after 12 months', () => {
    const { participants, waiting, idlePlaces } = run(6).monthly.programme;
    expect(participants.slice(0, 27)).toEqual([0, 0, ...Array(24).fill(6), 0]);
    expect(waiting.slice(0, 15)).toEqual([0, 0, ...Array(12).fill(6), 0]);
    expect(idlePlaces.slice(0, 3)).toEqual([6, 6, 0]);
  });

  it('given participants under 25, then the benefit factor is 1 − u + u × 2/3 (× 1/3 with parents)', () => {
    expect(benefitFactor(0, 0)).toBe(1);
    expect(benefitFactor(1, 0)).toBeCloseTo(2 / 3, 12);
    expect(benefitFactor(1, 1)).toBeCloseTo(1 / 3, 12);
    expect(benefitFactor(0.2, 0)).toBeCloseTo(0.933333333333, 12);
  });

  it('given the arrivals moved from January to December, then the 2017 benefit falls to zero and year 1 grant is unchanged', () => {
    const december = run(null, 12);
    expect(line(december.costs, 'introductionBenefit')[0]).toBe(0);
    expect(line(december.grants, 'integrationYear1SingleAdult')[0]).toBe(2_820_000);
  });
});
