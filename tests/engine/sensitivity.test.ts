import { sensitivity } from '../../src/engine/sensitivity';
import { FLAT_2017, scenario } from '../builders';

describe('sensitivity of the four-year net budget', () => {
  const s = scenario(2017, 4, {
    years: [{ singleAdults: 10 }],
    composition: { adultsAged18to55: 0, norwegianTrainingHighRate: 0 },
    costs: { administrationPerYear: 100_000 },
  });
  const result = sensitivity(s, FLAT_2017, 0.2);
  const bar = (input: string) => result.bars.find((b) => b.input === input);

  it('given 10 single adults in 2017 and administration of 100 000 a year, then the base is the four-year net', () => {
    // Integration 10 × (235 000 + 230 000 + 167 000 + 84 000) = 7 160 000; Norwegian training (low rate)
    // 10 × 54 500 / 3 = 181 666.67 → 181 667 in each of three years = 545 001; administration 400 000.
    expect(result.base).toBe(7_305_001);
  });

  it('given ±20 %, then persons settled and grant rates move the net alike and unit costs by ∓80 000', () => {
    // 8 persons: 5 728 000 + 3 × 145 333 − 400 000; 12 persons: 8 592 000 + 3 × 218 000 − 400 000.
    expect(bar('personsSettled')).toEqual({ input: 'personsSettled', controlled: true, low: 5_763_999, high: 8_846_000 });
    expect(bar('grantRates')).toEqual({ input: 'grantRates', controlled: false, low: 5_763_999, high: 8_846_000 });
    expect(bar('unitCosts')).toEqual({ input: 'unitCosts', controlled: true, low: 7_385_001, high: 7_225_001 });
  });

  it('given the bars, then the largest swing comes first and inputs without effect have none', () => {
    expect(result.bars[0]?.input).toBe('personsSettled');
    expect(bar('moveOut')).toMatchObject({ low: 7_305_001, high: 7_305_001 });
  });
});
