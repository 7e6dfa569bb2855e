import type { BudgetTotals, TotalsRange } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { mergeMessages } from '../../src/i18n/translation';
import { formatter } from '../../src/lib/format';
import { rangeSentence } from '../../src/report/range-text';

const totals: BudgetTotals = {
  fromYear: 2026,
  toYear: 2029,
  income: 38_200_000,
  cost: 26_100_000,
  net: 12_100_000,
  estimated: true,
  incomeEstimated: true,
  costEstimated: false,
};
/** Income 35,9–41,0 mill. kr; the cost is the same at both ends, so net moves as income: 9,8 to 14,9. */
const range: TotalsRange = { income: { low: 35_900_000, high: 41_000_000 }, net: { low: 9_800_000, high: 14_900_000 } };

describe('rangeSentence', () => {
  it('given an economy plan of 38,2 mill. kr that the estimated rates can move to 35,9 or 41,0, then the sentence says so in kroner', () => {
    expect(rangeSentence('Økonomiplan 2026–2029', totals, range, nb, formatter('nb'))?.replace(/\u00a0/g, ' ')).toBe(
      'Økonomiplan 2026–2029: tilskudd 38,2 mill. kr; 35,9–41,0 mill. kr om de anslåtte satsene blir lave eller høye. Netto 12,1 mill. kr; fra 9,8 mill. kr til 14,9 mill. kr.',
    );
  });

  it('given nynorsk and English, then the same numbers read in those languages', () => {
    expect(rangeSentence('Økonomiplan 2026–2029', totals, range, mergeMessages(nb, nn), formatter('nn'))?.replace(/\u00a0/g, ' ')).toBe(
      'Økonomiplan 2026–2029: tilskot 38,2 mill. kr; 35,9–41,0 mill. kr om dei anslåtte satsane blir låge eller høge. Netto 12,1 mill. kr; frå 9,8 mill. kr til 14,9 mill. kr.',
    );
    expect(rangeSentence('Economy plan 2026–2029', totals, range, mergeMessages(nb, en), formatter('en'))?.replace(/\u00a0/g, ' ')).toBe(
      'Economy plan 2026–2029: grants NOK 38.2 million; 35.9–41.0 million if the estimated rates land low or high. Net NOK 12.1 million; from NOK 9.8 million to NOK 14.9 million.',
    );
  });

  it('given a total no estimated rate moves, then there is no sentence', () => {
    const none: TotalsRange = { income: { low: 38_200_000, high: 38_200_000 }, net: { low: 12_100_000, high: 12_100_000 } };
    expect(rangeSentence('Økonomiplan 2026–2029', totals, none, nb, formatter('nb'))).toBeNull();
  });
});
