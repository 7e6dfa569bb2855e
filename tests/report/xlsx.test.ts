import ExcelJS from 'exceljs';
import { projectScenario } from '../../src/engine';
import { nb } from '../../src/i18n/nb';
import { AMOUNT_FORMAT, budgetWorkbook, workbookSheets, YEAR_FORMAT } from '../../src/report/xlsx';
import { FLAT_2017, scenario, table } from '../builders';

const s = { ...scenario(2017, 2, { years: [{ singleAdults: 10, request: 8 }] }), name: '=HYPERLINK("http://evil")' };
const input = {
  scenario: s,
  municipality: { code: '3303', name: 'Kongsberg', county: 'Buskerud', population: 28_848 },
  projection: projectScenario(s, FLAT_2017),
  reference: FLAT_2017,
  messages: nb,
  madeOn: '2026-11-23',
};

describe('the budget workbook', () => {
  it('given a scenario, then the budget sheet holds the lines with IMDi codes and numbers', () => {
    const { Budsjett } = workbookSheets(input);
    const row = Budsjett.find((r) => r[1] === 'AR-1 EV');
    expect(row?.slice(2, 4)).toEqual([2_350_000, 0]);
  });

  it('given the XLSX file read back, then numbers are numbers and a formula-like name is text', async () => {
    const bytes = await budgetWorkbook(input);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Budsjett', 'Inndata', 'Forutsetninger']);
    const budget = workbook.getWorksheet('Budsjett');
    expect(budget?.getCell('A1').value).toBe('=HYPERLINK("http://evil")');
    expect(budget?.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    let found: ExcelJS.Row | undefined;
    budget?.eachRow((row) => {
      if (row.getCell(2).value === 'AR-1 EV') found = row;
    });
    expect(found?.getCell(3).value).toBe(2_350_000);
    expect(found?.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    const inputs = workbook.getWorksheet('Inndata');
    expect(inputs?.getRow(6).values).toEqual([undefined, 'Enslige voksne', 10, 0]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\n=1', ' =1+1', '  +1', ' -1', ' @SUM(A1)', '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)'])(
    'given a scenario named %j, then the workbook holds the name as written in a text cell, never a formula and without an apostrophe',
    async (name) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await budgetWorkbook({ ...input, scenario: { ...s, name } })).buffer as ArrayBuffer);
      const cell = workbook.getWorksheet('Budsjett')?.getCell('A1');
      // XML reads a carriage return back as a line feed (its line-end normalisation).
      expect(cell?.value).toBe(name.replace(/\r/g, '\n'));
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
    },
  );

  it('given the XLSX file read back, then years are plain numbers («2017», not «2 017»), amounts have thousands separators, and the number columns are wide enough', async () => {
    const withOverride = {
      ...input,
      scenario: { ...s, rateOverrides: [{ year: 2018, rate: 'integration.year2' as const, value: 240_000, source: 'IMDi' }] },
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await budgetWorkbook(withOverride)).buffer as ArrayBuffer);
    const budget = workbook.getWorksheet('Budsjett')!;
    expect(budget.getRow(5).values).toEqual([undefined, 'Linje', 'Kode', 2017, 2018, 'Anslått sats i']);
    for (const ref of ['C5', 'D5']) {
      expect(budget.getCell(ref).type).toBe(ExcelJS.ValueType.Number);
      expect(budget.getCell(ref).numFmt).toBe(YEAR_FORMAT);
    }
    expect(YEAR_FORMAT).toBe('0');
    const singleAdults = budget.getRows(6, budget.rowCount - 5)!.find((row) => row.getCell(2).value === 'AR-1 EV')!;
    expect(singleAdults.getCell(3).value).toBe(2_350_000);
    expect(singleAdults.getCell(3).numFmt).toBe(AMOUNT_FORMAT);
    expect(AMOUNT_FORMAT).toBe('#,##0');
    // «−130 934 049» is 12 characters: the amount columns hold it with room to spare.
    expect(budget.getColumn(3).width).toBe(15);
    expect(budget.getColumn(4).width).toBe(15);

    const inputs = workbook.getWorksheet('Inndata')!;
    expect(inputs.getRow(5).values).toEqual([undefined, 'Per år', 2017, 2018]);
    expect(inputs.getCell('B5').numFmt).toBe(YEAR_FORMAT);
    expect(inputs.getColumn(2).width).toBe(10);

    const assumptions = workbook.getWorksheet('Forutsetninger')!;
    const override = assumptions
      .getRows(1, assumptions.rowCount)!
      .find((row) => row.getCell(1).value === 'Integreringstilskudd år 2' && row.getCell(2).value === 2018)!;
    expect(override.getCell(2).value).toBe(2018);
    expect(override.getCell(2).numFmt).toBe(YEAR_FORMAT);
    expect(override.getCell(3).numFmt).toBe(AMOUNT_FORMAT);
  });

  it('given a request revised in the year and a decision with up to 10 % more, then the inputs sheet lists both beside the request and the decision', () => {
    const flows = scenario(2017, 2, { years: [{ singleAdults: 10, request: 8, revisedRequest: 9, decision: 10, decisionMarginPercent: 10 }] });
    const { Inndata } = workbookSheets({ ...input, scenario: flows, projection: projectScenario(flows, FLAT_2017) });
    const at = Inndata.findIndex((row) => row[0] === 'IMDis anmodning');
    expect(Inndata.slice(at, at + 4)).toEqual([
      ['IMDis anmodning', 8, null],
      ['Revidert anmodning i året', 9, null],
      ['Kommunestyrets vedtak', 10, null],
      ['Vedtak: inntil % flere', 10, 0],
    ]);
  });

  it('given persons settled before the plan, then the inputs sheet lists them under the four years before it', () => {
    const before = { ...s, settledBefore: { persons: [0, 3, 0, 12] as const, minors: [1, 0, 0, 0] as const } };
    const { Inndata } = workbookSheets({ ...input, scenario: before, projection: projectScenario(before, FLAT_2017) });
    const at = Inndata.findIndex((row) => row[0] === 'Bosatt før planperioden');
    expect(Inndata.slice(at, at + 3)).toEqual([
      ['Bosatt før planperioden', '2013', '2014', '2015', '2016'],
      ['Personer (utenom enslige mindreårige)', 0, 3, 0, 12],
      ['Enslige mindreårige', 1, 0, 0, 0],
    ]);
  });

  it('given the municipality’s own costs, then the inputs sheet lists each unit cost by its label, social assistance and other services by year of residence, the block grant and the tier-2 cost', () => {
    const withCosts = {
      ...s,
      costs: { ...s.costs, administrationPerYear: 900_000, socialAssistanceByYearOfResidence: [60_000, 40_000, 0, 0, 0] as const, otherServicesByYearOfResidence: [20_000, 0, 0, 0, 0] as const },
      blockGrant: { perInhabitant: 30_000 },
      highNeedsTier2DocumentedCost: 500_000,
    };
    const { Inndata } = workbookSheets({ ...input, scenario: withCosts, projection: projectScenario(withCosts, FLAT_2017) });
    expect(Inndata).toContainEqual(['Kostnader']);
    expect(Inndata).toContainEqual(['Administrasjon per år (kr)', 900_000]);
    expect(Inndata).toContainEqual(['Drift av introduksjonsprogrammet per plass og år (kr)', 0]);
    expect(Inndata).toContainEqual(['Sosialhjelp, botid år 2 (kr)', 40_000]);
    expect(Inndata).toContainEqual(['Andre tjenester, botid år 1 (kr)', 20_000]);
    expect(Inndata).toContainEqual(['Rammetilskudd: innbyggertilskudd per innbygger og år (kr)', 30_000]);
    expect(Inndata).toContainEqual(['Forventet dokumentert merkostnad per person og år, nivå 2 (kr)', 500_000]);
  });

  it('given the assumptions sheet, then it lists each assumption by its label and readable value, with the scenario file key and value last', () => {
    const { Forutsetninger } = workbookSheets(input);
    expect(Forutsetninger[4]).toEqual(['Forutsetning', 'Verdi', 'Status', 'Kilde', 'Nøkkel i scenariofilen', 'Verdi i scenariofilen']);
    const row = (key: string) => Forutsetninger.find((r) => r[4] === key);
    expect(row('composition.adultsAged18to55')?.slice(0, 3)).toEqual(['Sammensetning: Voksne 18–55 år', '90\u00a0%', 'antakelse']);
    expect(row('composition.adultsAged18to55')?.[5]).toBe(0.9);
    expect(row('composition.adultsAged60Plus')?.slice(1, 3)).toEqual(['0\u00a0%', 'endret']);
    expect(String(row('programme.durations')?.[1]).replace(/\u00a0/g, ' ')).toBe('6 mnd. 10 %, 12 mnd. 20 %, 24 mnd. 45 %, 36 mnd. 20 %, 48 mnd. 5 %');
    expect(Forutsetninger.some((r) => r[0] === 'programme')).toBe(false);
  });

  it('given estimated rates, then each is listed by its label with its rule in the reader\'s language, and no internal English', () => {
    // Only the 2017 table: the engine indexes 2018 from it by the rule, and says so in bokmål.
    const { Forutsetninger } = workbookSheets({ ...input, reference: { ...FLAT_2017, rates: [table(2017)] } });
    expect(Forutsetninger).toContainEqual(['Anslåtte satser', 'År', 'Regel for anslaget']);
    expect(Forutsetninger.find((r) => r[0] === 'Integreringstilskudd år 2' && r[1] === '2018')).toEqual([
      'Integreringstilskudd år 2',
      '2018',
      'anslått: 2017-satsen framskrevet til 2018 med 0,0\u00a0% i året (lav: uendret, høy: som G)',
    ]);
    const cells = Forutsetninger.flat().map(String);
    expect(cells.filter((c) => /estimated|indexed|norwegianTraining\.|integration\./.test(c))).toEqual([]);
  });

  it('given overrides and what-ifs, then they are listed by label in the reader\'s language', () => {
    const withChanges = {
      ...input,
      scenario: {
        ...s,
        rateOverrides: [{ year: 2018, rate: 'integration.year2' as const, value: 240_000, source: 'IMDi' }],
        policy: { ...s.policy, grantScale: { ...s.policy.grantScale, highNeeds: 1.5 } },
      },
    };
    const { Forutsetninger } = workbookSheets(withChanges);
    expect(Forutsetninger).toContainEqual(['Integreringstilskudd år 2', 2018, 240_000, 'IMDi']);
    expect(Forutsetninger).toContainEqual(['Ekstratilskudd for høye behov', null, 1.5, 'hva om']);
  });
});
