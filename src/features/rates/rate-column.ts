import { checkNumber, type CheckMessages } from '../../components/number-checks';
import { splitPastedColumn } from '../../components/parse-number';
import { RATE_PATHS, type RateOverride, type RatePath } from '../../engine';

/** The messages of a refused column, in the UI's language. */
export interface ColumnMessages {
  readonly pasteCount: (count: number, expected: number) => string;
  readonly pasteRefused: (line: number, rate: string, cell: string, why: string) => string;
}

const KRONER = { kind: 'kroner' } as const;

/**
 * A whole year's table pasted as a column of figures, in the order of RATE_PATHS: one
 * override per rate, or the reason the column is refused as a whole (a wrong count, or the
 * first figure that is not whole kroner ≥ 0).
 */
export function readRateColumn(
  text: string,
  year: number,
  source: string,
  labels: Readonly<Record<RatePath, string>>,
  m: ColumnMessages & { readonly check: CheckMessages },
): { ok: true; overrides: RateOverride[] } | { ok: false; message: string } {
  const cells = splitPastedColumn(text);
  if (cells.length !== RATE_PATHS.length) return { ok: false, message: m.pasteCount(cells.length, RATE_PATHS.length) };
  const overrides: RateOverride[] = [];
  for (const [i, rate] of RATE_PATHS.entries()) {
    const cell = cells[i] ?? '';
    const result = checkNumber(cell, KRONER, m.check);
    if (!result.ok) return { ok: false, message: m.pasteRefused(i + 1, labels[rate], cell, result.message) };
    overrides.push({ year, rate, value: result.value, source });
  }
  return { ok: true, overrides };
}
