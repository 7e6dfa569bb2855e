import { describe, expect, it } from 'vitest';
import { chartFormatters } from '../../src/components/chart-kit';
import { checkNumber, showNumber } from '../../src/components/number-checks';
import { formatDefault } from '../../src/components/number-field';
import { readNumber } from '../../src/components/parse-number';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { mergeMessages } from '../../src/i18n/translation';
import { formatter } from '../../src/lib/format';

const NBSP = '\u00a0';
const english = formatter('en');
const checksInEnglish = mergeMessages(nb, en).inputs.check;

describe('chart formatters per language', () => {
  it('given the same language twice, then the same object and functions (stable props for memoised charts)', () => {
    expect(chartFormatters('en')).toBe(chartFormatters('en'));
    expect(chartFormatters('en').tickNumber).toBe(chartFormatters('en').tickNumber);
    expect(chartFormatters('en')).not.toBe(chartFormatters('nb'));
    expect(chartFormatters('nn')).not.toBe(chartFormatters('nb'));
  });

  it('given English, then ticks and tooltips write 1,234, 2.5, NOK and Mar 2027', () => {
    const f = chartFormatters('en');
    expect(f.tickNumber(1234)).toBe('1,234');
    expect(f.tickMillions(2_500_000)).toBe('2.5');
    expect(f.tickMonth('2027-03')).toBe('Mar 2027');
    expect(f.tooltipKroner(1234567)).toBe(`NOK${NBSP}1,234,567`);
    expect(f.tooltipNumber(-1234)).toBe('\u22121,234');
    expect(f.tooltipMonth('2027-03')).toBe('Mar 2027');
    expect(f.tooltipNumber('–')).toBe('–');
  });

  it('given bokmål, then ticks and tooltips write 1 234, 2,5, kr and mars 2027', () => {
    const f = chartFormatters('nb');
    expect(f.tickNumber(1234)).toBe(`1${NBSP}234`);
    expect(f.tickMillions(2_500_000)).toBe('2,5');
    expect(f.tickMonth('2027-03')).toBe('mars 2027');
    expect(f.tooltipKroner(1234567)).toBe(`1${NBSP}234${NBSP}567${NBSP}kr`);
    expect(f.tooltipMonth('2027-03')).toBe('mars 2027');
  });
});

describe('number fields in English', () => {
  it('given stored values, then shares and decimals show a decimal point, and what they show reads back', () => {
    expect(showNumber(1 / 3, { kind: 'share' }, english)).toBe('33.33');
    expect(showNumber(0.3, { kind: 'decimal' }, english)).toBe('0.3');
    expect(readNumber('33.33')).toBe(33.33);
    expect(readNumber('0.3')).toBe(0.3);
  });

  it('given kroner, then the field groups thousands with commas, and what it shows reads back as the same kroner', () => {
    expect(showNumber(250000, { kind: 'kroner' }, english)).toBe('250,000');
    expect(checkNumber(showNumber(250000, { kind: 'kroner' }, english), { kind: 'kroner' }, checksInEnglish, english)).toEqual({ ok: true, value: 250000 });
    expect(checkNumber('1,250,000', { kind: 'kroner' }, checksInEnglish, english)).toEqual({ ok: true, value: 1250000 });
  });

  it('given a value outside the limits, then the message writes the limits in English', () => {
    expect(checkNumber('500', { kind: 'count', min: 1000, max: 2000 }, checksInEnglish, english)).toEqual({
      ok: false,
      message: 'Type a number from 1,000 to 2,000.',
    });
    expect(checkNumber('12.5', { kind: 'share' }, checksInEnglish, english)).toEqual({ ok: true, value: 0.125 });
  });

  it('given a default, then the hint writes it in English', () => {
    expect(formatDefault(0.03, { kind: 'share' }, english)).toBe('3%');
    expect(formatDefault(250000, { kind: 'kroner' }, english)).toBe(`NOK${NBSP}250,000`);
    expect(formatDefault(0.3, { kind: 'decimal' }, english)).toBe('0.3');
    expect(formatDefault(0.3, { kind: 'decimal' })).toBe('0,3');
  });
});
