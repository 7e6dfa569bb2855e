import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCircular } from '../../../src/features/rates/circular-parse';

/**
 * The 2017 table of IMDi's circular «Tilskudd til kommunene ved bosetting av flyktninger», as a
 * planner copies it out of the PDF (lines, ordinary spaces, sums and headings mixed in) and out
 * of the web table (tab-separated, «kr» first, non-breaking spaces between thousands).
 *
 * | line as IMDi prints it                     | rate                        | 2017      |
 * |--------------------------------------------|-----------------------------|-----------|
 * | Enslige voksne / År 1 (2017) Enslige voksne | integration.year1SingleAdult | 235 000 |
 * | Voksne                                      | year1AdultInFamily          | 185 000   |
 * | Enslige mindreårige                         | year1UnaccompaniedMinor     | 185 000   |
 * | Barn                                        | year1Child                  | 185 000   |
 * | År 2 (2016)                                 | year2                       | 230 000   |
 * | År 3 (2015)                                 | year3                       | 167 000   |
 * | År 4 (2014)                                 | year4                       |  84 000   |
 * | År 5 (2013)                                 | year5                       |  70 500   |
 * | over 60 år / Eldretilskudd                  | elderly                     | 164 200   |
 * | barn 0–5 år / Barnehagetilskudd             | kindergarten                |  25 100   |
 *
 * Sums: single adult 235 000 + 230 000 + 167 000 + 84 000 + 70 500 = 786 500;
 * the others 185 000 + 230 000 + 167 000 + 84 000 + 70 500 = 736 500.
 */
const pdf = readFileSync('tests/features/rates/fixtures/circular-2017-pdf-copy.txt', 'utf8');
const web = readFileSync('tests/features/rates/fixtures/circular-2017-web-table.tsv', 'utf8');

const TABLE_2017 = [
  ['integration.year1SingleAdult', 235_000],
  ['integration.year1AdultInFamily', 185_000],
  ['integration.year1UnaccompaniedMinor', 185_000],
  ['integration.year1Child', 185_000],
  ['integration.year2', 230_000],
  ['integration.year3', 167_000],
  ['integration.year4', 84_000],
  ['integration.year5', 70_500],
  ['elderly', 164_200],
  ['kindergarten', 25_100],
];

const pairs = (text: string, year: number) => readCircular(text, year).rates.map((r) => [r.path, r.value]);

describe('reading the table pasted from IMDi’s circular', () => {
  it('given the 2017 table copied out of the PDF, then the ten rates are read, the two five-year sums agree with their parts, and no line is refused', () => {
    const reading = readCircular(pdf, 2017);
    expect(reading.rates.map((r) => [r.path, r.value])).toEqual(TABLE_2017);
    expect(reading.rates.map((r) => r.printed)).toEqual([
      'Enslige voksne',
      'Voksne',
      'Enslige mindreårige',
      'Barn',
      'År 2 (2016)',
      'År 3 (2015)',
      'År 4 (2014)',
      'År 5 (2013)',
      'Engangstilskudd for personer over 60 år',
      'Engangstilskudd for barn 0-5 år',
    ]);
    expect(reading.sums).toEqual([
      { line: 11, printed: 'Sum over fem år, enslige voksne', value: 786_500, check: { kind: 'matches' } },
      { line: 12, printed: 'Sum over fem år, øvrige', value: 736_500, check: { kind: 'matches' } },
    ]);
    expect(reading.refused).toEqual([]);
    expect(reading.otherYears).toEqual([]);
  });

  it('given the 2017 web table (tabs, «kr» first, non-breaking spaces), then the same ten rates are read with IMDi’s row labels', () => {
    const reading = readCircular(web, 2017);
    expect(reading.rates.map((r) => [r.path, r.value])).toEqual(TABLE_2017);
    expect(reading.rates[0]).toEqual({ line: 2, printed: 'År 1 (2017) Enslige voksne', path: 'integration.year1SingleAdult', value: 235_000 });
    expect(reading.refused).toEqual([]);
  });

  it('given amounts grouped by spaces, non-breaking spaces or points, with «kr» before, after or «,-», then each is read in whole kroner', () => {
    const text = [
      'Integreringstilskudd',
      'Enslige voksne\u00a0235\u00a0000\u00a0kr',
      'Voksne: kr 185.000',
      'Barn 185 000,-',
      'Enslige mindreårige\tkr\u202f185\u202f000',
      'År 5 (2013) 70500',
      '• År 4 (bosatt i 2014): 84 000 kr',
    ].join('\n');
    expect(pairs(text, 2017)).toEqual([
      ['integration.year1SingleAdult', 235_000],
      ['integration.year1AdultInFamily', 185_000],
      ['integration.year1Child', 185_000],
      ['integration.year1UnaccompaniedMinor', 185_000],
      ['integration.year5', 70_500],
      ['integration.year4', 84_000],
    ]);
  });

  it('given the minors’ bands, the high-needs tiers and the Norwegian-training totals under their headings, then each is placed', () => {
    const text = [
      'Tilskudd til enslige mindreårige',
      'Til og med det året de fyller 16 år 1 118 000 kr',
      'Fra og med det året de fyller 17 år 705 000 kr',
      'Ekstratilskudd for personer med nedsatt funksjonsevne og/eller atferdsvansker',
      'Ekstratilskudd 1 (engangstilskudd)\tkr 196 400',
      'Ekstratilskudd 2, tak per år\tkr 1 520 000',
      'Persontilskudd lav sats, sum tre år 54 500 kr',
      'Persontilskudd høy sats, sum tre år 141 800 kr',
      'Ekstratilskudd per person bosatt utover anmodningen 50 000 kr',
    ].join('\n');
    expect(pairs(text, 2023)).toEqual([
      ['minors.youngBand', 1_118_000],
      ['minors.olderBand', 705_000],
      ['highNeeds.tier1', 196_400],
      ['highNeeds.tier2Cap', 1_520_000],
      ['norwegianTraining.lowTotal', 54_500],
      ['norwegianTraining.highTotal', 141_800],
      ['aboveRequest', 50_000],
    ]);
    // The kindergarten grant by the children's ages, however the dash is spaced.
    expect(pairs('Engangstilskudd for barn 0 – 5 år 25 100 kr', 2017)).toEqual([['kindergarten', 25_100]]);
    // A minors' band that names the minors itself needs no heading.
    expect(pairs('Enslige mindreårige – til og med det året de fyller 16 år 1 120 000 kr', 2023)).toEqual([['minors.youngBand', 1_120_000]]);    // The one-year rate for persons with collective protection, under its heading or naming itself.
    expect(pairs(['Persontilskudd', 'Personer med kollektiv beskyttelse, ett år 45 000 kr'].join('\n'), 2023)).toEqual([
      ['norwegianTraining.collectiveProtection', 45_000],
    ]);
  });

  it('given the minors’ one-off grant, the tier-2 threshold, the unused-place compensation and rows named by IMDi’s codes, then each is placed', () => {
    const text = [
      'Tilskudd til enslige mindreårige',
      'Engangstilskudd per enslig mindreårig bosatt i 2016 100 000 kr',
      'Ekstratilskudd for høye behov',
      'Ekstratilskudd 2, terskel for dokumenterte utgifter 200 000 kr',
      'Kompensasjon per ubrukt vedtatt plass 50 000 kr',
      'AR-1 EV\tkr 241 100',
      'FHT2 1 608 000 kr',
    ].join('\n');
    expect(pairs(text, 2016)).toEqual([
      ['minors.oneOff', 100_000],
      ['highNeeds.tier2Threshold', 200_000],
      ['unusedDecidedPlace', 50_000],
      ['integration.year1SingleAdult', 241_100],
      ['highNeeds.tier2Cap', 1_608_000],
    ]);
  });

  it('given lines it cannot place, then it refuses each with its reason and reads the rest', () => {
    const text = [
      'Satser 2017',
      'Enslige voksne 235 000 kr',
      'Integreringstilskudd',
      'År 2 (2016) 230 000 kr',
      'År 3 (2014) 167 000 kr',
      'Voksne 185 000,50 kr',
      'Ekstratilskudd 1 196 400',
      'Tilskudd til tolk 12 000 kr',
      'Persontilskudd lav sats 18 000 kr',
      'År 1 (2017) 185 000 kr',
      'Barnehagetilskudd',
      'Tilskudd til tolketjenester 12 000 kr',
      'Engangstilskudd 25 100 kr',
      'Barn 185,000',
    ].join('\n');
    const reading = readCircular(text, 2017);
    expect(reading.rates.map((r) => [r.path, r.value])).toEqual([
      ['integration.year2', 230_000],
      ['kindergarten', 25_100],
    ]);
    expect(reading.refused).toEqual([
      // A category with no integration-grant heading above it: year 1, or the minors' grant?
      { line: 2, text: 'Enslige voksne 235 000 kr', reason: { kind: 'no-heading' } },
      // Year of residence 3 settled in 2014 is the 2016 table.
      { line: 5, text: 'År 3 (2014) 167 000 kr', reason: { kind: 'wrong-year', tableYear: 2016 } },
      { line: 6, text: 'Voksne 185 000,50 kr', reason: { kind: 'not-whole-kroner', cell: '185 000,50 kr' } },
      { line: 7, text: 'Ekstratilskudd 1 196 400', reason: { kind: 'ambiguous-figure', value: 1_196_400, alternative: 196_400 } },
      { line: 8, text: 'Tilskudd til tolk 12 000 kr', reason: { kind: 'unknown' } },
      { line: 9, text: 'Persontilskudd lav sats 18 000 kr', reason: { kind: 'not-total' } },
      { line: 10, text: 'År 1 (2017) 185 000 kr', reason: { kind: 'ambiguous' } },
      // Under the kindergarten heading, but naming something else.
      { line: 12, text: 'Tilskudd til tolketjenester 12 000 kr', reason: { kind: 'unknown' } },
      // 185 000 written the English way, or 185 kr and øre: not guessed.
      { line: 14, text: 'Barn 185,000', reason: { kind: 'not-whole-kroner', cell: '185,000' } },
    ]);
  });

  it('given the same rate twice with different amounts, then both lines are refused; with the same amount, it is read once', () => {
    const text = ['År 2 (2016) 230 000 kr', 'År 2 (2016)\tkr 231 000', 'År 3 (2015) 167 000 kr', 'År 3 (2015)\tkr 167 000'].join('\n');
    const reading = readCircular(text, 2017);
    expect(reading.rates.map((r) => [r.line, r.path, r.value])).toEqual([[3, 'integration.year3', 167_000]]);
    expect(reading.refused.map((r) => [r.line, r.reason])).toEqual([
      [1, { kind: 'conflict', otherLine: 2 }],
      [2, { kind: 'conflict', otherLine: 1 }],
    ]);
  });

  it('given a five-year sum that does not add up, then it is reported with the sum of its parts', () => {
    // 235 000 + 230 000 + 167 000 + 84 000 + 70 500 = 786 500, not 790 000.
    const text = pdf.replace('786 500 kr', '790 000 kr');
    expect(readCircular(text, 2017).sums[0]).toEqual({
      line: 11,
      printed: 'Sum over fem år, enslige voksne',
      value: 790_000,
      check: { kind: 'differs', parts: 786_500 },
    });
  });

  it('given the 2017 table pasted for 2027, then the years 2–5 rows are refused as another year’s and the heading’s year is reported', () => {
    const reading = readCircular(pdf, 2027);
    expect(reading.otherYears).toEqual([2017]);
    expect(reading.refused.map((r) => [r.line, r.reason])).toEqual([
      [7, { kind: 'wrong-year', tableYear: 2017 }],
      [8, { kind: 'wrong-year', tableYear: 2017 }],
      [9, { kind: 'wrong-year', tableYear: 2017 }],
      [10, { kind: 'wrong-year', tableYear: 2017 }],
    ]);
    // Only year 1 and the one-off grants carry no year of their own; the sums cannot be checked.
    expect(reading.rates).toHaveLength(6);
    expect(reading.sums.map((s) => s.check.kind)).toEqual(['unchecked', 'unchecked']);
    // A heading «År 1 (2017)» above the categories names its table year too.
    expect(readCircular('År 1 (2017)\nEnslige voksne 235 000 kr', 2027).otherYears).toEqual([2017]);
    // … and opens the integration grant's year-1 rows.
    expect(pairs('År 1 (2027)\nEnslige voksne 250 000 kr', 2027)).toEqual([['integration.year1SingleAdult', 250_000]]);
  });
});
