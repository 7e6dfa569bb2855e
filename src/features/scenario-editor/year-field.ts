import { checkNumber, type CheckMessages } from '../../components/number-checks';
import { isBlank } from '../../components/parse-number';
import { NULLABLE_YEAR_FIELDS, type YearInput } from '../../engine';
import type { Formatter } from '../../lib/format';

/** Check of one grid cell as the planner types it, with a message in the UI's language. */
export type FieldCheck = { ok: true; value: number | null } | { ok: false; message: string };

const COUNT = { kind: 'count', max: 1_000_000 } as const;
/** The decision's margin «inntil x % flere»: whole per cent, 0–100. */
const MARGIN = { kind: 'count', max: 100 } as const;

/**
 * Reads a cell of the year grid as every count field reads it (parse-number.ts): a whole number
 * from 0 to 1 000 000, thousands after spaces, or after a comma or point ("1.500", "1,500");
 * empty means 0, or "not set" for the request, its revision, the decision and programme places.
 * The decision's margin is a whole per cent from 0 to 100 (empty: 0, no margin).
 */
export function validateYearField(field: keyof YearInput, text: string, m: CheckMessages, format?: Formatter): FieldCheck {
  if (isBlank(text)) return { ok: true, value: NULLABLE_YEAR_FIELDS.has(field) ? null : 0 };
  return checkNumber(text, field === 'decisionMarginPercent' ? MARGIN : COUNT, m, format);
}
