/** The media type of an XLSX workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers bytes to the user as a file download (no-op where the browser cannot). */
export function downloadBytes(filename: string, bytes: Uint8Array, type: string): void {
  downloadBlob(filename, () => new Blob([new Uint8Array(bytes)], { type }));
}

/** Offers a blob to the user as a file download, through a link clicked once (no-op where the browser cannot). */
export function downloadBlob(filename: string, blob: () => Blob): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** A file name from the scenario's name: lower case, letters and digits, dashes between. */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
}
