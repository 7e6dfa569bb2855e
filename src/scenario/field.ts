import type { YearInput } from '../engine/scenario';

/** Check of one grid cell as the planner types it, with a message in bokmål. */
export type FieldCheck = { ok: true; value: number | null } | { ok: false; message: string };

const NULLABLE: ReadonlySet<keyof YearInput> = new Set(['request', 'decision', 'programmePlaces']);

/**
 * Reads a cell of the year grid: a whole number ≥ 0 (spaces as thousands separators allowed);
 * empty means 0, or "not set" for request, decision and programme places.
 */
export function validateYearField(field: keyof YearInput, text: string): FieldCheck {
  const trimmed = text.replace(/[\s\u00a0]/g, '');
  if (trimmed === '') return { ok: true, value: NULLABLE.has(field) ? null : 0 };
  if (!/^-?\d+([.,]\d+)?$/.test(trimmed)) return { ok: false, message: 'Skriv et tall, for eksempel 12.' };
  const value = Number(trimmed.replace(',', '.'));
  if (value < 0) return { ok: false, message: 'Kan ikke være negativt.' };
  if (!Number.isInteger(value)) return { ok: false, message: 'Må være et helt antall.' };
  if (value > 1_000_000) return { ok: false, message: 'Må være høyst 1 000 000.' };
  return { ok: true, value };
}
