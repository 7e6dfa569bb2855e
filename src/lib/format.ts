/**
 * All number formatting of the UI, in Norwegian (nb-NO): thousands separated by a
 * non-breaking space, decimal comma, the minus sign U+2212. Values come in as the engine gives
 * them (whole kroner, persons) and are only rounded for display.
 */

const LOCALE = 'nb-NO';
const NBSP = '\u00a0';

const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

/** A whole number: 1234567 → "1 234 567". */
export function formatNumber(value: number): string {
  return whole.format(value);
}

/** Whole kroner: 1234567 → "1 234 567 kr". */
export function formatKroner(value: number): string {
  return `${whole.format(value)}${NBSP}kr`;
}

/** Millions of kroner with one decimal, for titles: 12345678 → "12,3 mill. kr". */
export function formatMillionKroner(value: number): string {
  return `${oneDecimal.format(value / 1_000_000)}${NBSP}mill.${NBSP}kr`;
}

const upToOneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** Millions without unit, for chart axes labelled "mill. kr": 2500000 → "2,5". */
export function formatMillions(value: number): string {
  return upToOneDecimal.format(value / 1_000_000);
}

/** A share: 0.3 → "30 %". */
export function formatPercent(share: number): string {
  return percent.format(share);
}
