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
