/**
 * Reading numbers as Norwegian planners type and paste them: decimal comma (or point), spaces
 * and non-breaking spaces between groups of three digits, a trailing "%" or "kr", and the minus
 * sign U+2212 that our own formatting writes. Where only a whole number makes sense (persons,
 * kroner), a comma or point before groups of three digits also separates thousands, as English
 * writes "250,000" and Norwegian shorthand "250.000": read as decimals, they would be a
 * thousandth. After space groups a comma or point is a decimal sign ("1 234,500" is 1 234.5).
 */

const SPACES = /[\s\u00a0\u202f]/g;

/** Thousands after commas or after points, one kind only, the first group not starting with 0: "1,250,000", "250.000". */
const GROUPED_BY_MARKS = /^-?[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*$/;

/** Digits, spaces only between groups of three ("1 234 567"), then a decimal comma or point. */
const NUMBER = /^-?(?:(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?|[.,]\d+)$/;

export interface ReadOptions {
  /** Only a whole number is wanted: a comma or point before groups of three digits separates thousands. */
  readonly whole?: boolean;
}

/** The number in `text`, or null when it is not one. Blank text is not a number either. */
export function readNumber(text: string, { whole = false }: ReadOptions = {}): number | null {
  const signed = text
    .trim()
    .replace(/\s*(%|kr\.?)$/i, '')
    .replace(SPACES, ' ')
    .replace(/^[\u2212\u2013]/, '-');
  if (whole && GROUPED_BY_MARKS.test(signed)) return Number(signed.replace(/[.,]/g, ''));
  if (!NUMBER.test(signed)) return null;
  return Number(signed.replace(/ /g, '').replace(',', '.'));
}

export const isBlank = (text: string): boolean => text.replace(SPACES, '') === '';

/** Cells of a pasted row, or why it is not one row. */
export type PastedRow = { readonly kind: 'single' } | { readonly kind: 'row'; readonly cells: readonly string[] } | { readonly kind: 'rows' };

/**
 * Splits text pasted into a cell: cells separated by tabs (a spreadsheet row) or semicolons
 * (a CSV row in Norwegian Excel). One trailing line break is ignored; more lines are several
 * rows. Text without a separator is a single value, left to the field to read; a separator
 * after the last value adds no cell.
 */
export function splitPastedRow(text: string): PastedRow {
  const lines = text.replace(/(\r?\n)+$/, '').split(/\r?\n/);
  if (lines.length > 1) return { kind: 'rows' };
  const line = lines[0] ?? '';
  if (!/[\t;]/.test(line)) return { kind: 'single' };
  const cells = line.split(/[\t;]/).map((cell) => cell.trim());
  // A separator after the last value ("10;12;14;") adds no cell.
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return { kind: 'row', cells };
}

/**
 * Splits a pasted column (one figure a line, as copied from a spreadsheet column or a table in
 * a circular); tabs and semicolons also separate, so a row works too. Blank lines at the start
 * and end are dropped.
 */
export function splitPastedColumn(text: string): string[] {
  const cells = text.split(/\r?\n|\t|;/).map((cell) => cell.trim());
  while (cells.length > 0 && cells[0] === '') cells.shift();
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
