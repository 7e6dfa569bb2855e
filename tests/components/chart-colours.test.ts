import { describe, expect, it } from 'vitest';
import { palette, residenceColours, seriesColours } from '../../src/components/palette';

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('chart series colours', () => {
  it.each(Object.entries(seriesColours))('given the series "%s", then its colour has at least 3:1 contrast on white', (_, colour) => {
    expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it.each(residenceColours.map((c, i) => [i + 1, c] as const))('given year of residence %i, then its fill has at least 3:1 contrast on white', (_, colour) => {
    expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
  });

  it('given the two modes, then they are told apart by colour', () => {
    expect(seriesColours.yearly).not.toBe(seriesColours.commitment);
    expect(seriesColours.controlled).not.toBe(seriesColours.notControlled);
  });
});
