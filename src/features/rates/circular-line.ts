/**
 * One line of a rate table copied out of IMDi's circular («Tilskudd til kommunene ved
 * bosetting av flyktninger»), split into the label as IMDi prints it and its amount. Two
 * layouts arrive: a web table copied tab-separated («År 1 (2017) Enslige voksne⇥kr 235 000»)
 * and PDF text with the amount at the end («Enslige voksne 235 000 kr»). Thousands are
 * grouped by spaces, non-breaking spaces or points; «kr» stands before or after.
 */

/** The line's label and amount, a line without an amount, or an amount that is not whole kroner. */
export type SplitLine =
  | { readonly kind: 'figure'; readonly label: string; readonly value: number; readonly krBefore: boolean; readonly alternative: SplitAlternative | null }
  | { readonly kind: 'text'; readonly label: string; readonly year: number | null }
  | { readonly kind: 'bad-figure'; readonly label: string; readonly cell: string }
  | { readonly kind: 'several-figures'; readonly label: string };

/**
 * Where a space-grouped amount after a label could also be read with its first group as part
 * of the label («Ekstratilskudd 1 196 400»: 1 196 400 kr, or tier 1 at 196 400 kr?).
 */
export interface SplitAlternative {
  readonly label: string;
  readonly value: number;
}

/** Every kind of space as a plain one, every dash as a hyphen, trimmed. */
export const tidy = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/gu, ' ')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/ +/gu, ' ')
    .trim();

/** Lower case, spaces collapsed: the form the rules match against. */
export const normalise = (text: string): string => tidy(text).replace(/\s+/gu, ' ').toLocaleLowerCase('nb');

const KR = '(?:kr\\.?|kroner|nok)';
/** Whole kroner: digits in groups of three after the first, by space or point, or ungrouped. */
const AMOUNT = '(\\d{1,3}(?:(?: |\\.)\\d{3})+|\\d+)';
/** «,-» or «,00» after the amount, as price lists write whole kroner; other decimals are øre. */
const DECIMALS = '(?:,(-|\\d+))?';
const CELL = new RegExp(`^(${KR}\\s*)?${AMOUNT}${DECIMALS}\\s*(${KR})?$`, 'iu');
// The amount starts a word: «bosatt i 2016 100 000 kr» is 100 000, not 16 100 000.
const AT_END = new RegExp(`^(.*?)[\\s:]*(${KR}\\s*)?(?<![\\d.,])${AMOUNT}${DECIMALS}\\s*(${KR})?$`, 'iu');
/** Something that reads as an amount of money somewhere in a text. */
const MONEY = new RegExp(`${KR}\\s*\\d|\\d\\s*${KR}\\b|\\d{1,3}(?: \\d{3})+`, 'iu');
const YEAR = /\b(19|20)\d{2}\b/u;

const toKroner = (digits: string): number => Number(digits.replace(/[ .]/gu, ''));
/**
 * «,-» and «,00» are whole kroner; other decimals are øre, and «185,000» may be 185 000 written
 * the English way or 185 kr: refused either way.
 */
const wholeKroner = (decimals: string | undefined): boolean => decimals === undefined || decimals === '-' || /^0{1,2}$/u.test(decimals);
/**
 * A plain four-digit year without «kr» («Sats 2017») is a heading, not a rate; so is a small
 * number without «kr» or grouping («Side 3 av 12», «Tabell 2»): no rate is below 1 000 kr.
 */
const isHeadingNumber = (digits: string, kr: boolean): boolean => !kr && (/^(19|20)\d{2}$/u.test(digits) || /^\d{1,3}$/u.test(digits));

function yearIn(text: string): number | null {
  const match = YEAR.exec(text.replace(/\(\s*\d{4}\s*\)/gu, ''));
  return match ? Number(match[0]) : null;
}

/** The label and amount of a tab-separated row: the amount in the last cell. */
function splitCells(cells: readonly string[]): SplitLine {
  const last = cells.at(-1) ?? '';
  const label = cells.slice(0, -1).join(' ');
  const match = CELL.exec(last);
  if (!match) {
    if (MONEY.test(last) || /\d[\d .,]*\d/u.test(last.replace(YEAR, ''))) return { kind: 'bad-figure', label, cell: last };
    return { kind: 'text', label: cells.join(' '), year: yearIn(cells.join(' ')) };
  }
  const [, before, digits = '', decimals, after] = match;
  if (!wholeKroner(decimals)) return { kind: 'bad-figure', label, cell: last };
  if (isHeadingNumber(digits, before !== undefined || after !== undefined)) return { kind: 'text', label: cells.join(' '), year: yearIn(cells.join(' ')) };
  if (MONEY.test(label)) return { kind: 'several-figures', label };
  return { kind: 'figure', label, value: toKroner(digits), krBefore: before !== undefined, alternative: null };
}

/** The label and amount of a PDF line: the amount at its end. */
function splitAtEnd(text: string): SplitLine {
  const match = AT_END.exec(text);
  if (!match) {
    // Figures that are not an amount at the end («235 000 kr per person», «70 500,50»).
    if (MONEY.test(text)) return { kind: 'bad-figure', label: text, cell: text };
    return { kind: 'text', label: text, year: yearIn(text) };
  }
  const [, label = '', before, digits = '', decimals, after] = match;
  if (!wholeKroner(decimals)) return { kind: 'bad-figure', label, cell: text.slice(label.length).replace(/^[\s:]+/u, '') };
  if (isHeadingNumber(digits, before !== undefined || after !== undefined)) return { kind: 'text', label: text, year: yearIn(text) };
  if (MONEY.test(label)) return { kind: 'several-figures', label };
  // A one-digit first group may be a tier or a year of residence ending the label.
  const [first = '', ...rest] = digits.split(' ');
  const restValue = toKroner(rest.join(''));
  const alternative =
    before === undefined && first.length === 1 && rest.length > 0 && restValue >= 1000 && label !== ''
      ? { label: `${label} ${first}`, value: restValue }
      : null;
  return { kind: 'figure', label, value: toKroner(digits), krBefore: before !== undefined, alternative };
}

/** A line split into its label and amount (see SplitLine). */
export function splitLine(line: string): SplitLine {
  const cells = line
    .replace(/[\u00a0\u2007\u202f]/gu, ' ')
    .split('\t')
    .map((cell) => tidy(cell))
    .filter((cell) => cell !== '');
  return cells.length > 1 ? splitCells(cells) : splitAtEnd(cells[0] ?? '');
}
