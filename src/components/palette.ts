import type { CSSProperties } from 'react';

/**
 * Every colour of the app, by meaning (colours mean something: income, cost, shortage, baseline; never a stray hex).
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
  /** Income beyond IMDi's grants: the block grant, a refund what-if. */
  otherIncome: '#5e5e5e',
} as const;

/**
 * Series of the other charts, by meaning. Every fill reaches 3:1 on white; the fan bands are
 * drawn at low opacity behind a median line of the full colour.
 */
export const seriesColours = {
  income: palette.income,
  cost: palette.cost,
  net: '#1f4e99',
  cumulative: '#5b3a8c',
  /** Need (dwellings needed, programme participants). */
  needed: palette.text,
  /** Capacity (dwellings available, programme places). */
  available: '#1f4e99',
  /** Households without a dwelling, participants waiting for a place. */
  shortage: '#b5521a',
  /** Dwellings or places standing empty. */
  idle: '#6b7280',
  /** A reference level: zero, a request, a base value. */
  baseline: palette.textMuted,
  /** The yearly negotiation (uncertain) against the multi-year commitment (agreed). */
  yearly: '#b5521a',
  commitment: '#1f4e99',
  /** Inputs the municipality decides, against those it can only estimate. */
  controlled: '#1f4e99',
  notControlled: '#8c6d1f',
  /** The national record: IMDi's request, its in-year revision, councils' decisions, persons settled. */
  request: '#1f4e99',
  revised: '#b5521a',
  decided: '#7b4ea3',
  settled: '#1d6b3a',
  /** Figures resting on an estimated rate (hatched). */
  estimated: palette.estimated,
} as const;

/** Persons by year of residence 1–5 (grant years, blues to teal), then 6 and later (grey: no grant). */
export const residenceColours = ['#0f2d52', '#1f4e99', '#2f68b0', '#4a86c8', '#2a7f7a', '#6b7280'] as const;

const cssName = (key: string) => `--color-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The palette as CSS custom properties (`--color-text-muted`, …) for the stylesheets. */
export function paletteCssVariables(): CSSProperties {
  return Object.fromEntries(Object.entries(palette).map(([key, value]) => [cssName(key), value])) as CSSProperties;
}
