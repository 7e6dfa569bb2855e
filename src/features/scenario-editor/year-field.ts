import { checkNumber, ruleOf, type CheckMessages } from '../../components/number-checks';
import { isBlank } from '../../components/parse-number';
import { NULLABLE_YEAR_FIELDS, type YearInput } from '../../engine';
import type { Formatter } from '../../lib/format';
import { FIELD_BOUNDS } from '../../scenario/bounds';

/** Check of one grid cell as the planner types it, with a message in the UI's language. */
export type FieldCheck = { ok: true; value: number | null } | { ok: false; message: string };

/** The bound of persons of one type in a year (bounds.ts); the row of totals has the same. */
const COUNT = ruleOf(FIELD_BOUNDS['years.*.singleAdults']);
/** The decision's margin «inntil x % flere»: whole per cent, 0–100 (bounds.ts). */
const MARGIN = ruleOf(FIELD_BOUNDS['years.*.decisionMarginPercent']);

/**
 * Reads a cell of the year grid as every count field reads it (parse-number.ts): a whole number
 * from 0 to 10 000, thousands after spaces, or after a comma or point ("1.500", "1,500");
 * empty means 0, or "not set" for the request, its revision, the decision and programme places.
 * The decision's margin is a whole per cent from 0 to 100 (empty: 0, no margin).
 */
export function validateYearField(field: keyof YearInput, text: string, m: CheckMessages, format?: Formatter): FieldCheck {
  if (isBlank(text)) return { ok: true, value: NULLABLE_YEAR_FIELDS.has(field) ? null : 0 };
  return checkNumber(text, field === 'decisionMarginPercent' ? MARGIN : COUNT, m, format);
}
