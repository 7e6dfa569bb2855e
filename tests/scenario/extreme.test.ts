import fc from 'fast-check';
import { renderProjection } from '../../cli/render';
import { budgetCsvRows } from '../../src/features/budget-summary/budget-csv';
import { projectScenario, type Municipality, type ReferenceData } from '../../src/engine';
import { nb } from '../../src/i18n/nb';
import { toCsv } from '../../src/lib/csv';
import { workbookSheets } from '../../src/report/xlsx';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { extremeScenario } from './extreme-scenario';

let reference: ReferenceData;
let municipality: Municipality;

beforeAll(async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  reference = loaded.data.reference;
  municipality = loaded.data.municipalities.find((m) => m.code === '0301') ?? { code: '0301', name: 'Oslo', county: 'Oslo', population: 717_710 };
});

/** Every number in a value (deep), with where it was found. */
function numbersIn(value: unknown, path = ''): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  return [];
}

/** The numbers that are not finite, or whole but beyond Number.MAX_SAFE_INTEGER. */
const unsafe = (value: unknown) => numbersIn(value).filter(({ value: n }) => !Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER);

/** Text that shows a number no planner should see: ∞, NaN, or a number written with an exponent. */
const BAD_TEXT = /Infinity|NaN|∞|\d[eE][+-]?\d/;

describe('extreme valid scenarios', () => {
  it('given every field at or near its bound, then the projection holds only finite numbers within the safe integers', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const projection = projectScenario(extremeScenario(seed), reference);
        expect(unsafe(projection)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('given every field at or near its bound, then the CSV, the workbook sheets and the command-line output print every number plainly', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const scenario = extremeScenario(seed);
        const projection = projectScenario(scenario, reference);
        const csv = toCsv(budgetCsvRows(projection, nb));
        expect(csv).not.toMatch(BAD_TEXT);
        const sheets = workbookSheets({ scenario, municipality, projection, reference, messages: nb, madeOn: '2026-12-03' });
        expect(unsafe(sheets)).toEqual([]);
        expect(JSON.stringify(Object.values(sheets).flat(2).filter((cell) => typeof cell === 'string'))).not.toMatch(BAD_TEXT);
        for (const format of ['table', 'csv'] as const) expect(renderProjection(format, scenario, municipality, projection, 'test')).not.toMatch(BAD_TEXT);
        expect(unsafe(JSON.parse(renderProjection('json', scenario, municipality, projection, 'test')))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
