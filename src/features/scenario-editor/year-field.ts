import { checkNumber, ruleOf, type CheckMessages } from '../../components/number-checks';
import { isBlank } from '../../components/parse-number';
import type { YearInput } from '../../engine';
import type { Formatter } from '../../lib/format';
import { FIELD_BOUNDS } from '../../scenario/bounds';

/** Check of one grid cell as the planner types it, with a message in the UI's language. */
export type FieldCheck = { ok: true; value: number | null } | { ok: false; message: string };

export const NULLABLE_FIELDS: ReadonlySet<keyof YearInput> = new Set(['request', 'decision', 'programmePlaces']);

/** The bound of persons of one type in a year (bounds.ts); the row of totals has the same. */
const COUNT = ruleOf(FIELD_BOUNDS['years.*.singleAdults']);

/**
 * Reads a cell of the year grid as every count field reads it (parse-number.ts): a whole number
 * from 0 to 10 000, thousands after spaces, or after a comma or point ("1.500", "1,500");
 * empty means 0, or "not set" for request, decision and programme places.
 */
export function validateYearField(field: keyof YearInput, text: string, m: CheckMessages, format?: Formatter): FieldCheck {
  if (isBlank(text)) return { ok: true, value: NULLABLE_FIELDS.has(field) ? null : 0 };
  return checkNumber(text, COUNT, m, format);
}
