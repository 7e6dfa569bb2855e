import { downloadBlob } from './download';

/**
 * CSV for spreadsheets, in two dialects: `nb` as Norwegian spreadsheet programs read it
 * (semicolon-separated, decimal comma, CRLF line ends) and `plain` (comma-separated, decimal
 * point, LF). Both start with a byte-order mark, without which Excel reads æ, ø and å as
 * another encoding; Google Sheets, LibreOffice, pandas and readr skip it.
 * Text that a spreadsheet would run as a formula is neutralised (OWASP "CSV injection").
 */

export type CsvCell = string | number;
export type CsvDialect = 'nb' | 'plain';

/**
 * A formula start: = + - @ (or their full-width forms ＝ ＋ － ＠, which some spreadsheets read
 * as the same), also after leading white space; or a tab, carriage return or line feed first.
 */
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/** Text that starts as a formula (FORMULA_START) is prefixed with ' so it stays text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell, dialect: CsvDialect): string {
  if (typeof cell === 'number') return dialect === 'nb' ? String(cell).replace('.', ',') : String(cell);
  return neutraliseFormula(cell);
}

function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a table: one array per row, header row first. */
export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = 'nb'): string {
  const separator = dialect === 'nb' ? ';' : ',';
  const newline = dialect === 'nb' ? '\r\n' : '\n';
  const body = rows.map((row) => row.map((cell) => quote(cellText(cell, dialect), separator)).join(separator)).join(newline);
  return `\ufeff${body}${newline}`;
}

/** Offers text to the user as a file download (no-op where the browser cannot). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(filename, () => new Blob([text], { type }));
}
