import { describe, expect, it } from 'vitest';
import { formatKroner, formatMillionKroner, formatMillions, formatNumber, formatPercent } from '../../src/lib/format';

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

  it('given a share, then it is a percentage with a space before the sign', () => {
    expect(formatPercent(0.35)).toBe(`35${NBSP}%`);
  });
});
