import type { CSSProperties } from 'react';

/**
 * Every colour of the app, by meaning (STYLE.md: colours mean something, never a stray hex).
 * Text colours reach WCAG AA (4.5:1) on both `background` and `surface`; chart fills reach
 * 3:1 on white (WCAG 1.4.11), and bars are separated by a white stroke. Checked by
 * tests/components/palette.test.ts.
 */
export const palette = {
  text: '#1f2328',
  textMuted: '#4b5563',
  background: '#ffffff',
  surface: '#f6f8fa',
  border: '#8c959f',
  borderSubtle: '#d0d7de',
  accent: '#0b5cad',
  onAccent: '#ffffff',
  focus: '#0b5cad',
  /** Grant income, and positive net. */
  income: '#1d6b3a',
  /** Costs, and negative net. */
  cost: '#a3231b',
  /** Figures resting on an estimated rate. */
  estimated: '#8a5a00',
  error: '#a3231b',
  warning: '#8a5a00',
  gridLine: '#d0d7de',
} as const;

/**
 * Grant groups of the income chart. Integration grant in blues (dark for year 1, lighter for
 * years 2–5: the same grant, later years); the smaller grants in distinct hues.
 */
export const grantGroupColours = {
  integrationYear1: '#1f4e99',
  integrationLater: '#4a86c8',
  elderlyKindergarten: '#2a7f7a',
  minors: '#7b4ea3',
  highNeeds: '#b5521a',
  aboveRequest: '#4f7d23',
  norwegianTraining: '#8c6d1f',
} as const;

const cssName = (key: string) => `--color-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The palette as CSS custom properties (`--color-text-muted`, …) for the stylesheets. */
export function paletteCssVariables(): CSSProperties {
  return Object.fromEntries(Object.entries(palette).map(([key, value]) => [cssName(key), value])) as CSSProperties;
}
