import type { Figure } from '../../engine';
import type { Messages } from '../../i18n';
import type { CircularReading, ReadRate } from './circular-parse';
import type { RateRow } from '../../report/rate-rows';

/** Sources longer than this are refused by the scenario format. */
const SOURCE_MAX = 200;

/** A rate read from the circular beside the figure the projection uses now. */
export interface PreviewRow {
  readonly read: ReadRate;
  readonly current: Figure;
  /** Read minus current, kroner. */
  readonly difference: number;
  /** False where the read figure equals a verified one: storing it would only weaken its status. */
  readonly store: boolean;
}

/** The rates read, each beside the year's current figure (RateRow: overrides applied). */
export function previewRows(reading: CircularReading, rows: readonly RateRow[]): PreviewRow[] {
  return reading.rates.flatMap((read) => {
    const row = rows.find((r) => r.path === read.path);
    if (!row) return [];
    const current = row.figure;
    return [{ read, current, difference: read.value - current.value, store: !(current.status === 'verified' && current.value === read.value) }];
  });
}

export interface SourceCheck {
  readonly ok: boolean;
  /** The source stored with each override: the document, and its date where given. */
  readonly text: string;
  readonly errors: { readonly title: string | null; readonly date: string | null };
}

/**
 * The source of the overrides from the document's title and its date (`YYYY-MM-DD` as a date
 * field gives it, or empty), written in the UI's language: «IMDi, rundskriv … 2027, 15. januar
 * 2026». Refused, with the message for its field, if the title is empty, the date not a real
 * day, or the whole longer than the scenario format keeps.
 */
export function circularSource(title: string, date: string, t: Messages['circular']): SourceCheck {
  const trimmed = title.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const real = match !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
  const dateError = date.trim() === '' || real ? null : t.dateInvalid;
  const text = real ? t.sourceWithDate(trimmed, day, month, year) : trimmed;
  const titleError = trimmed === '' ? t.titleRequired : text.length > SOURCE_MAX ? t.sourceTooLong : null;
  return { ok: titleError === null && dateError === null, text, errors: { title: titleError, date: dateError } };
}
