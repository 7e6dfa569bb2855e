/**
 * All number and month formatting of the UI, for the chosen language. Norwegian (nb-NO, nn-NO):
 * thousands separated by a non-breaking space, decimal comma, the minus sign U+2212, "1 234 kr".
 * English (en-GB): thousands comma, decimal point, "NOK 1,234". Values come in as the engine
 * gives them (whole kroner, persons) and are only rounded for display.
 *
 * `formatter(locale)` gives the functions for a language (`useFormat()` in src/i18n for
 * components); the plain exports below are the bokmål ones.
 */

import { lightFormat } from 'date-fns';
import type { Locale } from './locale';

const NBSP = '\u00a0';

/** The formatting functions of one language. */
export interface Formatter {
  /** A whole number: 1234567 → "1 234 567" / "1,234,567". */
  readonly formatNumber: (value: number) => string;
  /** Whole kroner: 1234567 → "1 234 567 kr" / "NOK 1,234,567". */
  readonly formatKroner: (value: number) => string;
  /** Millions of kroner with one decimal, for titles: 12345678 → "12,3 mill. kr" / "NOK 12.3 million". */
  readonly formatMillionKroner: (value: number) => string;
  /** Millions without unit, for chart axes labelled "mill. kr": 2500000 → "2,5" / "2.5". */
  readonly formatMillions: (value: number) => string;
  /** A share: 0.3 → "30 %" / "30%"; with more decimals for small shares, 0.00519 → "0,52 %" at 2. */
  readonly formatPercent: (share: number, maximumFractionDigits?: number) => string;
  /** A month key as a short month: "2027-03" → "mars 2027" (nb, nn) / "Mar 2027" (en). */
  readonly formatMonth: (key: string) => string;
  /** A number as an input field shows it, no grouping: 33.333 → "33,33" / "33.33" (2 digits). */
  readonly formatDecimalInput: (value: number, maxFractionDigits: number) => string;
  /** The name of a month 1–12: 3 → "mars" / "March", or short: 1 → "jan." / "Jan". */
  readonly formatMonthName: (month: number, width?: 'long' | 'short') => string;
  /** A difference, signed: 2350000 → "+2 350 000", −10 → "−10", 0 (or 0.3) → "0". */
  readonly formatSignedNumber: (value: number) => string;
  /** A difference in millions of kroner, signed: 2350000 → "+2,4 mill. kr" / "+NOK 2.4 million". */
  readonly formatSignedMillionKroner: (value: number) => string;
  /** A difference in whole kroner, signed: −120000 → "−120 000 kr" / "−NOK 120,000". */
  readonly formatSignedKroner: (value: number) => string;
  /** A calendar date, for a printed page: "23. november 2026" (nb, nn) / "23 November 2026" (en). */
  readonly formatLongDate: (date: Date) => string;
  /** A date and the time of day, local time: "3. desember 2026 kl. 09.05" (nb, nn) / "3 December 2026, 09:05" (en). */
  readonly formatDateTime: (date: Date) => string;
}

/**
 * Month names as date-fns' nb, nn and en-GB locales write them ("mars 2027", "Mar 2027"), kept
 * here so that the first screen does not load three date-fns locales (about 12 kB gzipped) for
 * 24 words, and so that Node and every browser print the same text whatever their ICU data.
 */
interface MonthNames {
  readonly short: readonly string[];
  readonly long: readonly string[];
}

const NORWEGIAN_MONTHS: MonthNames = {
  short: ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
  long: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
};

const ENGLISH_MONTHS: MonthNames = {
  short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

interface LanguageRules {
  readonly intl: string;
  readonly months: MonthNames;
  /** A calendar date, given its day, month name and year. */
  readonly longDate: (day: number, month: string, year: number) => string;
  /** A date as `longDate` writes it, with hours and minutes of two digits each. */
  readonly dateTime: (date: string, hours: string, minutes: string) => string;
  /** The amount with its currency, given the number already formatted (sign included for the Norwegian forms). */
  readonly kroner: (amount: string) => string;
  readonly millionKroner: (amount: string) => string;
}

const norwegian = (intl: string): LanguageRules => ({
  intl,
  months: NORWEGIAN_MONTHS,
  longDate: (day, month, year) => `${day}. ${month} ${year}`,
  dateTime: (date, hours, minutes) => `${date} kl.${NBSP}${hours}.${minutes}`,
  kroner: (amount) => `${amount}${NBSP}kr`,
  millionKroner: (amount) => `${amount}${NBSP}mill.${NBSP}kr`,
});

const RULES: Readonly<Record<Locale, LanguageRules>> = {
  nb: norwegian('nb-NO'),
  // Nynorsk writes numbers exactly as bokmål, and Chromium's ICU data has no nn-NO: asked for
  // it, Intl falls back to en-US ("1,234"). So nynorsk numbers are formatted by nb-NO's rules.
  nn: norwegian('nb-NO'),
  en: {
    intl: 'en-GB',
    months: ENGLISH_MONTHS,
    longDate: (day, month, year) => `${day} ${month} ${year}`,
    dateTime: (date, hours, minutes) => `${date}, ${hours}:${minutes}`,
    kroner: (amount) => `NOK${NBSP}${amount}`,
    millionKroner: (amount) => `NOK${NBSP}${amount}${NBSP}million`,
  },
};

/** English puts the sign before the currency ("−NOK 120"), Norwegian before the number ("−120 kr"). */
function signFirst(locale: Locale, signed: string, withUnit: (amount: string) => string): string {
  if (locale !== 'en') return withUnit(signed);
  const sign = /^[+\-\u2212]/.exec(signed)?.[0];
  if (sign === undefined) return withUnit(signed);
  return `${sign === '-' ? '\u2212' : sign}${withUnit(signed.slice(1))}`;
}

function createFormatter(locale: Locale): Formatter {
  const rules = RULES[locale];
  const tag = rules.intl;
  // A value that rounds to zero is shown as 0, never «−0» (−0,3 persons, −20 000 kr in mill. kr, a −0 from the engine).
  const negative = { signDisplay: 'negative' } as const;
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, ...negative });
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1, ...negative });
  const upToOneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, ...negative });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1, ...negative });
  const signedWhole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedOneDecimal = new Intl.NumberFormat(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const inputDecimals = new Map<number, Intl.NumberFormat>();
  const minus = (text: string) => (locale === 'en' ? text.replace(/^-/, '\u2212') : text);

  return {
    formatNumber: (value) => minus(whole.format(value)),
    formatKroner: (value) => signFirst(locale, whole.format(value), rules.kroner),
    formatMillionKroner: (value) => signFirst(locale, oneDecimal.format(value / 1_000_000), rules.millionKroner),
    formatMillions: (value) => minus(upToOneDecimal.format(value / 1_000_000)),
    formatPercent: (share, maximumFractionDigits = 1) =>
      minus(
        maximumFractionDigits === 1
          ? percent.format(share)
          : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits, ...negative }).format(share),
      ),
    formatMonth: (key) => {
      const match = /^(\d{4})-(\d{2})$/.exec(key);
      const name = match ? rules.months.short[Number(match[2]) - 1] : undefined;
      return match && name ? `${name} ${match[1]}` : key;
    },
    formatDecimalInput: (value, maxFractionDigits) => {
      let input = inputDecimals.get(maxFractionDigits);
      if (!input) {
        input = new Intl.NumberFormat(tag, { maximumFractionDigits: maxFractionDigits, useGrouping: false });
        inputDecimals.set(maxFractionDigits, input);
      }
      return input.format(value);
    },
    formatMonthName: (month, width = 'long') => rules.months[width][month - 1] ?? String(month),
    formatSignedNumber: (value) => minus(signedWhole.format(value)),
    formatSignedMillionKroner: (value) =>
      signFirst(locale, signedOneDecimal.format(value / 1_000_000), rules.millionKroner),
    formatSignedKroner: (value) => signFirst(locale, signedWhole.format(value), rules.kroner),
    formatLongDate: (date) =>
      rules.longDate(date.getDate(), rules.months.long[date.getMonth()] ?? '', date.getFullYear()),
    formatDateTime: (date) =>
      rules.dateTime(
        rules.longDate(date.getDate(), rules.months.long[date.getMonth()] ?? '', date.getFullYear()),
        String(date.getHours()).padStart(2, '0'),
        String(date.getMinutes()).padStart(2, '0'),
      ),
  };
}

const formatters = new Map<Locale, Formatter>();

/** The formatting functions for a language, made once per language. */
export function formatter(locale: Locale): Formatter {
  let made = formatters.get(locale);
  if (!made) {
    made = createFormatter(locale);
    formatters.set(locale, made);
  }
  return made;
}

const bokmal = formatter('nb');

// The bokmål functions, as plain exports: code outside components (CSV, series, checks) and
// components not yet switched to `useFormat()` keep using them.
export const {
  formatNumber,
  formatKroner,
  formatMillionKroner,
  formatMillions,
  formatPercent,
  formatMonth,
  formatDecimalInput,
  formatMonthName,
  formatSignedNumber,
  formatSignedMillionKroner,
  formatSignedKroner,
  formatLongDate,
} = bokmal;


/** A calendar date as ISO text, for file names and workbooks: "2026-11-23". */
export function formatIsoDate(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}
