import { describe, expect, it } from 'vitest';
import { grantGroupColours, palette } from '../../src/components/palette';

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

const TEXT = ['text', 'textMuted', 'accent', 'income', 'cost', 'estimated', 'error', 'warning'] as const;

describe('palette', () => {
  it.each(TEXT)('given text in "%s", then it has at least 4.5:1 contrast on the background and the surface', (key) => {
    expect(contrast(palette[key], palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette[key], palette.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('given the header, then text on the accent colour has at least 4.5:1 contrast', () => {
    expect(contrast(palette.onAccent, palette.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(grantGroupColours))('given the chart fill of "%s", then it has at least 3:1 contrast on white', (_, colour) => {
    expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
  });
});
