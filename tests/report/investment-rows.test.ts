import { projectScenario } from '../../src/engine';
import { budgetCsvRows } from '../../src/features/budget-summary/budget-csv';
import { nb } from '../../src/i18n/nb';
import { investmentRows } from '../../src/report/investment-rows';
import { workbookSheets } from '../../src/report/xlsx';
import { FLAT_2017, scenario } from '../builders';

/**
 * 8 dwellings bought at 3 500 000 kr, ordered March 2026, lead time 12 months: ready 2027;
 * Husbanken's grant on, zone «other», 680 000 kr a dwelling.
 *
 * | line            | 2026 |       2027 | 2028 | economy plan 2026–2028 |
 * | acquisition     |    0 | 28 000 000 |    0 | 28 000 000 |
 * | Husbanken grant |    0 |  5 440 000 |    0 |  5 440 000 |
 * | net investment  |    0 | 22 560 000 |    0 | 22 560 000 |
 */
const s = scenario(2026, 3, {
  housing: { pipeline: [{ year: 2026, month: 3, units: 8, leadTimeMonths: 12, acquired: true }], zone: 'other', husbankenGrant: true },
  costs: { acquisitionCostPerUnit: 3_500_000 },
});
const projection = projectScenario(s, FLAT_2017);

describe('the investment budget in every export', () => {
  it('given 8 dwellings at 3 500 000 kr with Husbanken\'s grant, then the rows read 28 000 000, 5 440 000 and 22 560 000 in 2027', () => {
    expect(investmentRows(projection, nb).map((r) => [r.label, ...r.values, r.economyPlan, r.horizon])).toEqual([
      ['Kjøp og bygging av boliger', 0, 28_000_000, 0, 28_000_000, 28_000_000],
      ['Husbankens tilskudd til utleieboliger', 0, 5_440_000, 0, 5_440_000, 5_440_000],
      ['Netto investering', 0, 22_560_000, 0, 22_560_000, 22_560_000],
    ]);
  });

  it('given the budget CSV, then the investment budget follows the operating totals with its years and totals', () => {
    const rows = budgetCsvRows(projection, nb);
    const head = rows.findIndex((r) => r[0] === 'Investeringsbudsjett');
    expect(rows[head]).toEqual(['Investeringsbudsjett', '', 2026, 2027, 2028, 'Økonomiplan 2026–2028', 'Hele perioden 2026–2028']);
    expect(rows[head + 1]).toEqual(['Kjøp og bygging av boliger', '', 0, 28_000_000, 0, 28_000_000, 28_000_000]);
    expect(rows[head + 3]).toEqual(['Netto investering', '', 0, 22_560_000, 0, 22_560_000, 22_560_000]);
  });

  it('given the workbook, then the budget sheet holds the investment rows as numbers', () => {
    const { Budsjett } = workbookSheets({ scenario: s, municipality: undefined, projection, reference: FLAT_2017, messages: nb, madeOn: '2026-11-23' });
    expect(Budsjett.find((r) => r[0] === 'Husbankens tilskudd til utleieboliger')).toEqual(['Husbankens tilskudd til utleieboliger', null, 0, 5_440_000, 0, 5_440_000, 5_440_000]);
    expect(Budsjett.find((r) => r[0] === 'Netto investering')?.[3]).toBe(22_560_000);
  });
});
