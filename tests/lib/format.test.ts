import { describe, expect, it } from 'vitest';
import {
  formatKroner,
  formatMillionKroner,
  formatMillions,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSignedKroner,
  formatter,
} from '../../src/lib/format';

const NBSP = '\u00a0';

describe('format (nb-NO)', () => {
  it.each([
    [1_234_567, `1${NBSP}234${NBSP}567${NBSP}kr`],
    [0, `0${NBSP}kr`],
    [-2_350_000, `−2${NBSP}350${NBSP}000${NBSP}kr`],
  ])('given %i kroner, then it reads "%s"', (value, expected) => {
    expect(formatKroner(value)).toBe(expected);
  });

  it('given whole numbers, then thousands are separated by a non-breaking space', () => {
    expect(formatNumber(214_565)).toBe(`214${NBSP}565`);
  });

  it('given millions, then titles get one decimal with a comma and axes up to one', () => {
    expect(formatMillionKroner(12_345_678)).toBe(`12,3${NBSP}mill.${NBSP}kr`);
    expect(formatMillions(2_500_000)).toBe('2,5');
    expect(formatMillions(3_000_000)).toBe('3');
  });

  it('given values that round to zero from below, or −0, then each reads 0, never «−0», in every language', () => {
    expect([formatNumber(-0.3), formatNumber(-0), formatKroner(-0.4), formatMillionKroner(-20_000), formatMillions(-40_000), formatPercent(-0.0001)]).toEqual([
      '0', '0', `0${NBSP}kr`, `0,0${NBSP}mill.${NBSP}kr`, '0', `0${NBSP}%`,
    ]);
    expect([formatter('en').formatNumber(-0.3), formatter('en').formatMillionKroner(-20_000), formatter('nn').formatKroner(-0)]).toEqual(['0', `NOK${NBSP}0.0${NBSP}million`, `0${NBSP}kr`]);
    expect([formatNumber(-0.6), formatMillionKroner(-60_000)]).toEqual(['−1', `−0,1${NBSP}mill.${NBSP}kr`]);
  });

  it('given a share, then it is a percentage with a space before the sign', () => {
    expect(formatPercent(0.35)).toBe(`35${NBSP}%`);
    expect(formatPercent(0.005197, 2)).toBe(`0,52${NBSP}%`);
  });

  it('given a month key, then it reads as the short Norwegian month and the year (date-fns nb)', () => {
    expect(formatMonth('2027-03')).toBe('mars 2027');
    expect(formatMonth('2027-08')).toBe('aug. 2027');
    expect(formatMonth('2026-01')).toBe('jan. 2026');
  });
});

describe('formatter per language', () => {
  const nb = formatter('nb');
  const nn = formatter('nn');
  const en = formatter('en');

  it('given bokmål, then the formatter gives exactly what the plain bokmål exports give', () => {
    for (const value of [0, 1_234_567, -2_350_000, 12_345_678, 0.305]) {
      expect(nb.formatKroner(value)).toBe(formatKroner(value));
      expect(nb.formatNumber(value)).toBe(formatNumber(value));
      expect(nb.formatMillionKroner(value)).toBe(formatMillionKroner(value));
      expect(nb.formatPercent(value)).toBe(formatPercent(value));
      expect(nb.formatSignedKroner(value)).toBe(formatSignedKroner(value));
    }
    expect(nb.formatMonth('2027-03')).toBe(formatMonth('2027-03'));
  });

  it('given nynorsk, then money and numbers read as in bokmål, with a decimal comma', () => {
    expect(nn.formatKroner(1_234_567)).toBe(`1${NBSP}234${NBSP}567${NBSP}kr`);
    expect(nn.formatMillionKroner(12_345_678)).toBe(`12,3${NBSP}mill.${NBSP}kr`);
    expect(nn.formatPercent(0.35)).toBe(`35${NBSP}%`);
  });

  it('given nynorsk, then months are short nynorsk months (date-fns nn)', () => {
    expect(nn.formatMonth('2027-03')).toBe('mars 2027');
    expect(nn.formatMonth('2027-08')).toBe('aug. 2027');
    expect(nn.formatLongDate(new Date(2026, 10, 23))).toBe('23. november 2026');
  });

  it('given English, then kroner read "NOK 1,234,567" with the sign before the currency', () => {
    expect(en.formatKroner(1_234_567)).toBe(`NOK${NBSP}1,234,567`);
    expect(en.formatKroner(-120_000)).toBe(`−NOK${NBSP}120,000`);
    expect(en.formatSignedKroner(2_350_000)).toBe(`+NOK${NBSP}2,350,000`);
    expect(en.formatSignedKroner(0)).toBe(`NOK${NBSP}0`);
  });

  it('given English, then numbers have a thousands comma, a decimal point and the minus sign U+2212', () => {
    expect(en.formatNumber(214_565)).toBe('214,565');
    expect(en.formatNumber(-10)).toBe('−10');
    expect(en.formatMillions(2_500_000)).toBe('2.5');
    expect(en.formatMillionKroner(12_345_678)).toBe(`NOK${NBSP}12.3${NBSP}million`);
    expect(en.formatSignedMillionKroner(-2_350_000)).toBe(`−NOK${NBSP}2.4${NBSP}million`);
    expect(en.formatPercent(0.35)).toBe('35%');
    expect(en.formatDecimalInput(33.333, 2)).toBe('33.33');
  });

  it('given nynorsk, then numbers follow the Norwegian rules by nb-NO (Chromium has no nn-NO) and months are written out', () => {
    expect(nn.formatNumber(1_234_567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(nn.formatKroner(680_000)).toBe(`680${NBSP}000${NBSP}kr`);
    expect(nn.formatPercent(0.35)).toBe(`35${NBSP}%`);
    expect(nn.formatMonthName(3)).toBe('mars');
    expect(nn.formatMonthName(12, 'short')).toBe('des.');
    expect(nn.formatMonth('2027-06')).toBe('juni 2027');
  });

  it('given English, then months and dates are British English', () => {
    expect(en.formatMonth('2027-03')).toBe('Mar 2027');
    expect(en.formatMonthName(3)).toBe('March');
    expect(en.formatMonthName(1, 'short')).toBe('Jan');
    expect(en.formatLongDate(new Date(2026, 10, 23))).toBe('23 November 2026');
  });
});
