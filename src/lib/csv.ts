/**
 * CSV as Norwegian spreadsheets read it: semicolon-separated (the comma is the decimal sign),
 * CRLF line ends, and a byte-order mark so that Excel reads æ, ø and å as UTF-8.
 */

export type CsvCell = string | number;

function quote(cell: CsvCell): string {
  const text = String(cell);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of a table: one array per row, header row first. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\ufeff${rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** Offers text to the user as a file download (no-op where the browser cannot). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
