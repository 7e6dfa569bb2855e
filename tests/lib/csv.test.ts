import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';

describe('toCsv', () => {
  it('given rows, then cells are separated by semicolons, lines by CRLF, with a byte-order mark', () => {
    expect(toCsv([['År', 'Sum'], [2027, 2_350_000]])).toBe('\ufeffÅr;Sum\r\n2027;2350000\r\n');
  });

  it('given a cell with a semicolon or a quote, then it is quoted', () => {
    expect(toCsv([['a;b', 'si "hei"']])).toBe('\ufeff"a;b";"si ""hei"""\r\n');
  });
});

describe('toCsv dialects and formula neutralisation', () => {
  it('given a decimal number, then the Norwegian dialect writes a decimal comma and the plain dialect a point', () => {
    expect(toCsv([['Andel', 0.35]])).toBe('\ufeffAndel;0,35\r\n');
    expect(toCsv([['Andel', 0.35]], 'plain')).toBe('\ufeffAndel,0.35\n');
  });

  it('given a negative number, then it stays a number', () => {
    expect(toCsv([[-250_000]], 'plain')).toBe('\ufeff-250000\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+47 22 00 00 00', "'+47 22 00 00 00"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['Kongsberg', 'Kongsberg'],
    ['Sum = 3', 'Sum = 3'],
    ['e-post@kommune.no', 'e-post@kommune.no'],
  ])('given the text %j, then a spreadsheet reads it as text: %j', (text, expected) => {
    expect(toCsv([[text]], 'plain')).toBe(`\ufeff${expected}\n`);
  });

  // Cells holding a line break or a carriage return are quoted as well (RFC 4180).
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['\n=1', '"\'\n=1"'],
    [' =1+1', "' =1+1"],
    ['   +1', "'   +1"],
    ['  -1', "'  -1"],
    [' @SUM(A1)', "' @SUM(A1)"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    [' \uFF1D1', "' \uFF1D1"],
  ])('given the formula start %j, then it is written as text: %j', (text, expected) => {
    expect(toCsv([[text]], 'plain')).toBe(`\ufeff${expected}\n`);
  });

  it('given a text with a comma in the plain dialect, then it is quoted', () => {
    expect(toCsv([['Trondheim, Tråante', 1]], 'plain')).toBe('\ufeff"Trondheim, Tråante",1\n');
  });
});
