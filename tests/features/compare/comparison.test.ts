import { describe, expect, it } from 'vitest';
import { defaultChoice } from '../../../src/features/compare';
import { cumulativeFinding, differenceCsv, distinctNames, netFinding, toOverlayRows } from '../../../src/report/compare-series';
import { toComparison, yearFigures } from '../../../src/report/comparison';
import { toCsv } from '../../../src/lib/csv';
import { formatSignedKroner, formatSignedMillionKroner, formatSignedNumber } from '../../../src/lib/format';
import { fixtureProjection, input } from './comparison-fixture';

const NBSP = '\u00a0';

describe('yearFigures', () => {
  it('given monthly shortage and waiting, then each calendar year takes its worst month, and settled sums the year', () => {
    const figures = yearFigures(
      fixtureProjection(2026, [
        { income: 100, cost: 40, settled: 12, shortage: [0, 3, 7, 2], waiting: [1, 1, 4] },
        { income: 50, cost: 80, settled: 0, shortage: [5], waiting: [] },
      ]),
    );
    expect(figures.get(2026)).toEqual({ income: 100, cost: 40, net: 60, cumulativeNet: 60, settled: 12, housingShortage: 7, programmeWaiting: 4 });
    expect(figures.get(2027)).toEqual({ income: 50, cost: 80, net: -30, cumulativeNet: 30, settled: 0, housingShortage: 5, programmeWaiting: 0 });
  });
});

describe('toComparison', () => {
  const base = input('a', 'Basis', 2017, [
    { income: 4_700_000, cost: 0, settled: 20, shortage: [20] },
    { income: 1_000_000, cost: 200_000 },
  ]);
  const more = input('b', 'Flere', 2017, [
    { income: 7_050_000, cost: 0, settled: 30, shortage: [30] },
    { income: 1_500_000, cost: 300_000 },
  ]);
  const later = input('c', 'Senere', 2018, [{ income: 2_000_000, cost: 0 }, { income: 0, cost: 500_000 }], '5501');

  it('given the baseline among those chosen, then it comes first and the others are measured against it year by year', () => {
    const c = toComparison([more, base], 'a')!;
    expect(c.scenarios.map((s) => [s.name, s.isReference, s.isBaseline])).toEqual([
      ['Basis', true, true],
      ['Flere', false, false],
    ]);
    const flere = c.scenarios[1]!;
    expect(flere.differences.income).toEqual([2_350_000, 500_000]);
    expect(flere.differences.net).toEqual([2_350_000, 400_000]);
    expect(flere.differences.settled).toEqual([10, 0]);
    expect(flere.differences.housingShortage).toEqual([10, 0]);
    expect(flere.horizonNetDifference).toBe(2_750_000);
    expect(c.scenarios[0]!.horizonNetDifference).toBeNull();
    expect(c).toMatchObject({ years: [2017, 2018], referenceIsBaseline: true, differentPeriods: false, differentMunicipalities: false });
  });

  it('given different start years and municipalities, then the years are the union and a difference is null where either lacks the year', () => {
    const c = toComparison([base, later], 'a')!;
    expect(c.years).toEqual([2017, 2018, 2019]);
    const senere = c.scenarios[1]!;
    expect(senere.figures[0]).toBeNull();
    expect(senere.differences.income).toEqual([null, 1_000_000, null]);
    expect(c.scenarios[0]!.figures[2]).toBeNull();
    expect(c).toMatchObject({ differentPeriods: true, differentMunicipalities: true });
  });

  it('given no baseline among those chosen, then the first chosen is the reference', () => {
    const c = toComparison([more, later], 'a')!;
    expect(c.referenceIsBaseline).toBe(false);
    expect(c.scenarios[0]).toMatchObject({ name: 'Flere', isReference: true, isBaseline: false });
  });

  it('given the overlay rows, then each year has one value per scenario and null outside a period', () => {
    const c = toComparison([base, later], 'a')!;
    expect(toOverlayRows(c, (f) => f.net)).toEqual([
      { year: 2017, s0: 4_700_000, s1: null },
      { year: 2018, s0: 800_000, s1: 2_000_000 },
      { year: 2019, s0: null, s1: -500_000 },
    ]);
  });

  it('given findings, then net names the largest difference in any year (a loss counts by its size) and cumulative the highest end', () => {
    const loss = input('d', 'Tap', 2017, [{ income: 1_700_000, cost: 0 }, { income: 1_000_000, cost: 200_000 }]);
    expect(netFinding(toComparison([base, more, loss], 'a')!)).toEqual({ kind: 'largest', name: 'Tap', year: 2017, difference: -3_000_000 });
    expect(netFinding(toComparison([base, { ...base, id: 'a2' }], 'a')!)).toEqual({ kind: 'same' });
    const apart = input('e', 'Langt senere', 2030, [{ income: 1, cost: 0 }]);
    expect(netFinding(toComparison([base, apart], 'a')!)).toEqual({ kind: 'apart' });
    expect(cumulativeFinding(toComparison([base, more, later], 'a')!)).toEqual({ kind: 'highest', name: 'Flere', amount: 8_250_000, year: 2018 });
    expect(cumulativeFinding(toComparison([base, { ...base, id: 'a2' }], 'a')!)).toEqual({ kind: 'same', amount: 5_500_000 });
  });

  it('given the CSV of the table, then each measure has the values of every scenario and the differences of the others, empty outside a period', () => {
    const c = toComparison([base, { ...later, scenario: { ...later.scenario, name: '=Senere' } }], 'a')!;
    const labels = {
      measure: 'Mål',
      scenario: 'Scenario',
      kind: 'Tall',
      value: 'verdi',
      difference: 'forskjell fra basis',
      measures: { income: 'Tilskudd', cost: 'Kostnader', net: 'Netto', settled: 'Bosatte', housingShortage: 'Boligmangel', programmeWaiting: 'Venter' },
    };
    const rows = differenceCsv(c, labels);
    expect(rows.slice(0, 4)).toEqual([
      ['Mål', 'Scenario', 'Tall', 2017, 2018, 2019],
      ['Tilskudd', 'Basis', 'verdi', 4_700_000, 1_000_000, ''],
      ['Tilskudd', '=Senere', 'verdi', '', 2_000_000, 0],
      ['Tilskudd', '=Senere', 'forskjell fra basis', '', 1_000_000, ''],
    ]);
    expect(rows).toHaveLength(1 + 6 * 3);
    expect(toCsv(rows.slice(2, 3))).toBe("\ufeffTilskudd;'=Senere;verdi;;2000000;0\r\n");
  });

  it('given figures with fractions, then the CSV has whole numbers as the table shows them, halves away from zero', () => {
    const basis = input('a', 'Basis', 2026, [{ income: 1_000_000.5, cost: 200_000.5, settled: 20, shortage: [2 / 3], waiting: [0.4] }]);
    const flere = input('b', 'Flere', 2026, [{ income: 1_000_017.925, cost: 199_998, settled: 27.840170999999998, shortage: [2.25], waiting: [0.4] }]);
    const c = toComparison([basis, flere], 'a')!;
    // Unrounded, as the engine gives them: the CSV used to carry these.
    expect(c.scenarios[1]!.differences.income[0]).toBeCloseTo(17.425, 6);
    expect(c.scenarios[0]!.figures[0]!.housingShortage).toBeCloseTo(0.666667, 6);
    const labels = {
      measure: 'Mål',
      scenario: 'Scenario',
      kind: 'Tall',
      value: 'verdi',
      difference: 'forskjell fra basis',
      measures: { income: 'Tilskudd', cost: 'Kostnader', net: 'Netto', settled: 'Bosatte', housingShortage: 'Boligmangel', programmeWaiting: 'Venter' },
    };
    const csv = toCsv(differenceCsv(c, labels));
    expect(csv).toContain('\r\nTilskudd;Flere;forskjell fra basis;17\r\n');
    expect(csv).toBe(
      [
        '\ufeffMål;Scenario;Tall;2026',
        'Tilskudd;Basis;verdi;1000001',
        'Tilskudd;Flere;verdi;1000018',
        'Tilskudd;Flere;forskjell fra basis;17',
        'Kostnader;Basis;verdi;200001',
        'Kostnader;Flere;verdi;199998',
        'Kostnader;Flere;forskjell fra basis;-3',
        'Netto;Basis;verdi;800000',
        'Netto;Flere;verdi;800020',
        'Netto;Flere;forskjell fra basis;20',
        'Bosatte;Basis;verdi;20',
        'Bosatte;Flere;verdi;28',
        'Bosatte;Flere;forskjell fra basis;8',
        'Boligmangel;Basis;verdi;1',
        'Boligmangel;Flere;verdi;2',
        'Boligmangel;Flere;forskjell fra basis;2',
        'Venter;Basis;verdi;0',
        'Venter;Flere;verdi;0',
        'Venter;Flere;forskjell fra basis;0',
        '',
      ].join('\r\n'),
    );
    // The same as the screen: the table's formats round the unrounded figures to these.
    expect(formatSignedNumber(c.scenarios[1]!.differences.cost[0]!)).toBe('−3');
    expect(formatSignedNumber(c.scenarios[1]!.differences.income[0]!)).toBe('+17');
  });
});

describe('choosing and naming', () => {
  const entries = ['s1', 's2', 's3'].map((id) => ({ id, scenario: fixtureScenario(), shelvedYears: [] }));
  function fixtureScenario() {
    return input('x', 'x', 2026, [{ income: 0, cost: 0 }]).scenario;
  }

  it('given a baseline and a current scenario, then both are chosen; when they are one, the next in the list joins', () => {
    expect(defaultChoice(entries, 's1', 's3')).toEqual(['s1', 's3']);
    expect(defaultChoice(entries, 's2', 's2')).toEqual(['s2', 's1']);
    expect(defaultChoice(entries, null, 's3')).toEqual(['s3', 's1']);
    expect(defaultChoice(entries.slice(0, 1), 's1', 's1')).toEqual(['s1']);
  });

  it('given repeated names, then legends and columns get them numbered', () => {
    expect(distinctNames(['A', 'B', 'A', 'A'])).toEqual(['A', 'B', 'A (2)', 'A (3)']);
  });

  it('given differences, then they are written with their sign and a zero without one', () => {
    expect(formatSignedNumber(2_350_000)).toBe(`+2${NBSP}350${NBSP}000`);
    expect(formatSignedNumber(-10)).toBe('−10');
    expect(formatSignedNumber(0.3)).toBe('0');
    expect(formatSignedKroner(-120_000)).toBe(`−120${NBSP}000${NBSP}kr`);
    expect(formatSignedMillionKroner(2_350_000)).toBe(`+2,4${NBSP}mill.${NBSP}kr`);
  });
});
