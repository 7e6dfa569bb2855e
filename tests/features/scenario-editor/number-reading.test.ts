import { describe, expect, it } from 'vitest';
import { checkNumber, showNumber } from '../../../src/components/number-checks';
import { readNumber, splitPastedColumn, splitPastedRow } from '../../../src/components/parse-number';
import { nb } from '../../../src/i18n/nb';

const m = nb.inputs.check;

describe('reading numbers as planners type and paste them', () => {
  it.each([
    ['12', 12],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['2.5', 2.5],
    [',5', 0.5],
    ['\u22123', -3],
    ['35 %', 35],
    ['250 000 kr', 250000],
    ['', null],
    ['12,', null],
    ['1,2,3', null],
    ['1 2', null],
    ['1234 567', null],
    ['12 345 678', 12345678],
    ['tolv', null],
  ])('given "%s", then it reads %s', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });

  it.each([
    ['250,000', 250000],
    ['250.000', 250000],
    ['1,250,000', 1250000],
    ['\u2212250.000', -250000],
    ['1 250.000', 1250],
    ['1 234,500', 1234.5],
    ['0,500', 0.5],
    ['00,250', 0.25],
    ['1,250.000', null],
    ['2,5', 2.5],
    ['1,25', 1.25],
    ['1,2345', 1.2345],
  ])('given "%s" where only a whole number is wanted, then a comma or point before groups of three separates thousands: it reads %s', (text, expected) => {
    expect(readNumber(text, { whole: true })).toBe(expected);
  });

  it('given "250,000" where a decimal may be meant, then the comma is a decimal comma', () => {
    expect(readNumber('250,000')).toBe(250);
    expect(readNumber('2.125')).toBe(2.125);
  });

  it.each([
    ['10\t12\t14', { kind: 'row', cells: ['10', '12', '14'] }],
    ['10;12;14;', { kind: 'row', cells: ['10', '12', '14'] }],
    ['1 200; 3\r\n', { kind: 'row', cells: ['1 200', '3'] }],
    ['12', { kind: 'single' }],
    ['1\t2\n3\t4', { kind: 'rows' }],
  ])('given the pasted text %j, then it is %j', (text, expected) => {
    expect(splitPastedRow(text)).toEqual(expected);
  });

  it('given a pasted column with blank lines around it, then the figures are its lines', () => {
    expect(splitPastedColumn('\n262 782\r\n211 883\n\n')).toEqual(['262 782', '211 883']);
  });

  it.each([
    ['120', { kind: 'share' } as const, { ok: false, message: 'Skriv en prosent fra 0 til 100.' }],
    ['35,5', { kind: 'share' } as const, { ok: true, value: 0.355 }],
    ['2,5', { kind: 'count' } as const, { ok: false, message: 'Må være et helt antall.' }],
    ['-1', { kind: 'kroner' } as const, { ok: false, message: 'Kan ikke være negativt.' }],
    ['100,5', { kind: 'kroner' } as const, { ok: false, message: 'Skriv hele kroner, uten øre.' }],
    ['', { kind: 'kroner', emptyAs: 0 } as const, { ok: true, value: 0 }],
    ['', { kind: 'count' } as const, { ok: false, message: 'Skriv et tall, for eksempel 12.' }],
    ['0', { kind: 'decimal', positive: true } as const, { ok: false, message: 'Må være større enn 0.' }],
    ['61', { kind: 'count', max: 60 } as const, { ok: false, message: 'Må være høyst 60.' }],
    ['13', { kind: 'count', min: 1, max: 12 } as const, { ok: false, message: 'Skriv et tall fra 1 til 12.' }],
  ])('given "%s" for %j, then the check gives %j', (text, rule, expected) => {
    expect(checkNumber(text, rule, m)).toEqual(expected);
  });

  it('given stored values, then fields show shares as percent and kroner with thousands spaces', () => {
    expect(showNumber(1 / 3, { kind: 'share' })).toBe('33,33');
    expect(showNumber(0.03, { kind: 'share' })).toBe('3');
    expect(showNumber(250000, { kind: 'kroner' })).toBe('250\u00a0000');
    expect(showNumber(0.3, { kind: 'decimal' })).toBe('0,3');
  });
});
