import { UNIT_COSTS, type Municipality, type Projection, type ProjectionRange, type Scenario, type TotalsRange, type YearInput } from '../engine';
import type { Messages } from '../i18n';
import { assumptionRows, estimatedRates, policyChanges, policyChangeText, yearRanges } from './assumptions';
import { budgetRows } from './budget-rows';
import { investmentRows } from './investment-rows';
import { describeSource } from './source-text';
import { formatter, type Formatter } from '../lib/format';
import type { ReferenceData } from '../engine';

/**
 * The budget as a real spreadsheet (XLSX): the budget, the inputs and the assumptions, with
 * numbers stored as numbers. ExcelJS is loaded only when a workbook is asked for, so it is not
 * part of the first screen's JavaScript. Text is stored as a text cell, which a spreadsheet shows
 * and never runs: a name such as «=HYPERLINK(…)» reads as written, without the apostrophe the CSV
 * needs (a CSV has no cell types, so there text that looks like a formula is prefixed).
 */
export interface WorkbookInput {
  readonly scenario: Scenario;
  readonly municipality: Municipality | undefined;
  readonly projection: Projection;
  /** The totals at the low and the high end of the estimated rates (engine `projectRange`). */
  readonly range?: ProjectionRange;
  readonly reference: ReferenceData;
  readonly messages: Messages;
  /** The date printed on the workbook, `2026-11-23` (given by the caller: no clock here). */
  readonly madeOn: string;
  /** Number formatting for the language of `messages`, for values written as text (bokmål if not given). */
  readonly format?: Formatter;
}

type Cell = string | number | null;

const YEAR_FIELDS: readonly (keyof YearInput)[] = [
  'singleAdults', 'adultsInFamilies', 'children', 'unaccompaniedMinors', 'highNeedsTier1', 'highNeedsTier2',
  'request', 'revisedRequest', 'decision', 'decisionMarginPercent', 'programmePlaces',
];

type SheetName = 'Budsjett' | 'Inndata' | 'Forutsetninger';

/** The rows above each sheet's table: the scenario, the municipality, edition and date, a blank row. */
const HEAD_ROWS = 4;

/** Excel number formats: amounts with a thousands separator, years plain («2026», not «2 026»). */
export const AMOUNT_FORMAT = '#,##0';
export const YEAR_FORMAT = '0';

/**
 * Where each sheet keeps years, written with YEAR_FORMAT: the table's header row (1-based) of the
 * budget and the inputs, and on the assumptions sheet the column «År» (its numbers are the years
 * of overrides; the other rows there hold text in that column).
 */
const YEAR_CELLS: Record<SheetName, { readonly row?: number; readonly column?: number }> = {
  Budsjett: { row: HEAD_ROWS + 1 },
  Inndata: { row: HEAD_ROWS + 1 },
  Forutsetninger: { column: 2 },
};

/**
 * Column widths (in Excel's character widths) of the number columns: amounts up to «−999 999 999»
 * on the budget sheet, counts of persons on the inputs sheet.
 */
const NUMBER_COLUMNS: Partial<Record<SheetName, { readonly first: number; readonly width: number }>> = {
  Budsjett: { first: 3, width: 15 },
  Inndata: { first: 2, width: 10 },
};

/** A total's row, and its rows at the low and the high end of the estimated rates where they move it. */
function totalRows(label: string, x: Projection['budget']['horizon'], r: TotalsRange | undefined, t: Messages): Cell[][] {
  const years = `${x.fromYear}–${x.toYear}`;
  const rows: Cell[][] = [[label, years, x.income, x.cost, x.net]];
  if (r && r.income.low !== r.income.high) {
    const s = t.budgetSummary;
    rows.push([s.rangeLow(label), years, r.income.low, x.cost, r.net.low], [s.rangeHigh(label), years, r.income.high, x.cost, r.net.high]);
  }
  return rows;
}

/** The rows of each sheet, as plain data (tested without the library). */
export function workbookSheets(input: WorkbookInput): Record<SheetName, Cell[][]> {
  const { scenario, municipality, projection: p, reference, messages: t, madeOn } = input;
  // Exactly HEAD_ROWS rows: the year formats (YEAR_CELLS) count on it.
  const head: Cell[][] = [
    [scenario.name],
    [municipality ? `${municipality.name} (${municipality.county}), ${municipality.code}` : scenario.municipalityCode],
    [`Dataversjon ${reference.edition}. Laget ${madeOn}. Kroner.`],
    [],
  ];
  const years = p.years as number[];
  const budget: Cell[][] = [
    ...head,
    ['Linje', 'Kode', ...years, 'Anslått sats i'],
    ...budgetRows(p, t).map((r) => [r.label, r.code, ...r.values, years.filter((_, y) => r.estimated[y]).join(' ')]),
    [],
    ...totalRows('Økonomiplan', p.budget.economyPlan, input.range?.economyPlan, t),
    ...totalRows('Hele perioden', p.budget.horizon, input.range?.horizon, t),
    [],
    // The investment budget, outside the operating budget above; years as text, like the periods.
    [t.investment.heading, null, ...years.map(String), t.forecast.economyPlan(p.capital.economyPlan.fromYear, p.capital.economyPlan.toYear), t.forecast.horizon(p.capital.horizon.fromYear, p.capital.horizon.toYear)],
    ...investmentRows(p, t).map((r) => [r.label, null, ...r.values, r.economyPlan, r.horizon]),
  ];
  const inputs: Cell[][] = [
    ...head,
    ['Per år', ...years],
    ...YEAR_FIELDS.map((field) => [t.fields[field], ...scenario.years.map((y) => y[field])]),
    [],
    // The years before the plan as text: only the first year row is formatted as years.
    [t.inputs.sections.settledBefore, ...[4, 3, 2, 1].map((back) => String(scenario.startYear - back))],
    [t.inputs.settledBefore.persons, ...scenario.settledBefore.persons],
    [t.inputs.settledBefore.minors, ...scenario.settledBefore.minors],
    [],
    // Every amount the municipality enters (as the printed appendix lists them), behind the lines of the budget sheet.
    [t.inputs.sections.costs],
    ...UNIT_COSTS.map((key) => [t.inputs.costs[key], scenario.costs[key]]),
    ...scenario.costs.socialAssistanceByYearOfResidence.map((value, i) => [t.inputs.costs.socialAssistanceYear(i + 1), value]),
    ...scenario.costs.otherServicesByYearOfResidence.map((value, i) => [t.inputs.costs.otherServicesYear(i + 1), value]),
    [t.inputs.costs.blockGrant, scenario.blockGrant.perInhabitant],
    [t.inputs.highNeeds.documentedCost, scenario.highNeedsTier2DocumentedCost],
  ];
  // Each list: a readable label and value first, the scenario file's key (and value) last for formulas.
  const s = t.budgetSummary;
  const f = input.format ?? formatter('nb');
  const assumptions: Cell[][] = [
    ...head,
    [s.assumption, s.value, s.status, s.source, s.machineKey, s.machineValue],
    ...assumptionRows(scenario, t, f).map((a) => [
      a.section === '' ? a.label : `${a.section}: ${a.label}`,
      a.value,
      a.isDefault ? s.isDefault : s.changed,
      a.source,
      a.key,
      a.raw,
    ]),
    [],
    // Each rate by its label and its rule in the reader's language.
    [s.estimatedRates, s.years, s.rule],
    ...estimatedRates(scenario, reference).map((e) => [t.rates.labels[e.rate], yearRanges(e.years), describeSource(e.source, t.rates)]),
    [],
    [s.overrides, s.years, s.value, s.source],
    ...scenario.rateOverrides.map((o) => [t.rates.labels[o.rate], o.year, o.value, o.source]),
    ...policyChanges(scenario).map((c) => [policyChangeText(c, t, f).label, null, c.value, s.whatIf]),
  ];
  return { Budsjett: budget, Inndata: inputs, Forutsetninger: assumptions };
}

/** The XLSX file's bytes. */
export async function budgetWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bosettingsplan';
  const years = input.projection.years.length;
  for (const [name, rows] of Object.entries(workbookSheets(input)) as [SheetName, Cell[][]][]) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    sheet.getColumn(1).width = 48;
    const numbers = NUMBER_COLUMNS[name];
    if (numbers) for (let c = 0; c < years; c += 1) sheet.getColumn(numbers.first + c).width = numbers.width;
    // The budget's codes, and the periods «2026–2029» of the totals below the table.
    if (name === 'Budsjett') sheet.getColumn(2).width = 12;
    const yearCells = YEAR_CELLS[name];
    sheet.eachRow((row, rowNumber) => row.eachCell((cell, column) => {
      if (typeof cell.value !== 'number') return;
      if (rowNumber === yearCells.row || column === yearCells.column) cell.numFmt = YEAR_FORMAT;
      else if (Math.abs(cell.value) >= 1000) cell.numFmt = AMOUNT_FORMAT;
    }));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
