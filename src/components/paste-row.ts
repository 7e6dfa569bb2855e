import { splitPastedRow } from './parse-number';
import type { InputCheck, PasteOutcome } from './validated-input';

/** The messages of a refused paste, in the UI's language. */
export interface PasteMessages {
  readonly rows: string;
  readonly tooMany: (count: number, room: number) => string;
  readonly refused: (cell: string, where: string, why: string) => string;
}

interface RowPaste<T> {
  /** Index of the cell pasted into. */
  readonly from: number;
  /** Cells in the row. */
  readonly length: number;
  readonly check: (text: string) => InputCheck<T>;
  /** The name of cell `index` for a message, e.g. its year. */
  readonly where: (index: number) => string;
  /** Stores the values from `from` rightwards; returns a message if the store refuses them. */
  readonly apply: (values: readonly T[]) => string | null;
}

/**
 * A row pasted into a cell (tab- or semicolon-separated, as from a spreadsheet) fills that row
 * from the cell rightwards. Every value is checked first: one bad value, or more values than
 * cells left, refuses the paste as a whole, so nothing changes. A single value is left to the
 * field (null).
 */
export function pasteIntoRow<T>(text: string, paste: RowPaste<T>, m: PasteMessages): PasteOutcome {
  const split = splitPastedRow(text);
  if (split.kind === 'single') return null;
  if (split.kind === 'rows') return { ok: false, message: m.rows };
  const room = paste.length - paste.from;
  if (split.cells.length > room) return { ok: false, message: m.tooMany(split.cells.length, room) };
  const values: T[] = [];
  for (const [i, cell] of split.cells.entries()) {
    const result = paste.check(cell);
    if (!result.ok) return { ok: false, message: m.refused(cell, paste.where(paste.from + i), result.message) };
    values.push(result.value);
  }
  const refused = paste.apply(values);
  return refused === null ? { ok: true } : { ok: false, message: refused };
}
