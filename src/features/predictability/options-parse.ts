import { OPTION_BOUNDS, type PlannerOptions } from './options';
import type { OwnRequest } from './share';

/** The options form's fields as typed. Empty text in an optional field means "the default". */
export type OptionField = 'paths' | 'seed' | 'commitmentPerYear' | 'commitmentYears' | 'bandPercent' | 'dwellingLeadMonths' | 'placeLeadMonths' | 'releaseNoticeMonths';

export const OPTIONAL_FIELDS: ReadonlySet<OptionField> = new Set(['commitmentPerYear', 'commitmentYears']);

export interface OptionsForm {
  readonly fields: Readonly<Record<OptionField, string>>;
  /** Own requests by year, as typed. */
  readonly ownRequests: Readonly<Record<number, string>>;
}

export type FieldError = { readonly kind: 'range' | 'optionalRange'; readonly min: number; readonly max: number };

export type ParsedOptions =
  | { readonly ok: true; readonly options: PlannerOptions }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<OptionField | `request${number}`, FieldError>>> };

export function toForm(options: PlannerOptions): OptionsForm {
  const text = (v: number | null) => (v === null ? '' : String(v));
  return {
    fields: {
      paths: text(options.paths),
      seed: text(options.seed),
      commitmentPerYear: text(options.commitmentPerYear),
      commitmentYears: text(options.commitmentYears),
      bandPercent: text(options.bandPercent),
      dwellingLeadMonths: text(options.dwellingLeadMonths),
      placeLeadMonths: text(options.placeLeadMonths),
      releaseNoticeMonths: text(options.releaseNoticeMonths),
    },
    ownRequests: Object.fromEntries(options.ownRequests.map((r) => [r.year, String(r.request)])),
  };
}

/** A whole number within bounds (spaces allowed as thousands separators), else null. */
function whole(text: string, [min, max]: readonly [number, number]): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '');
  if (!/^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value >= min && value <= max ? value : null;
}

/** Validates the form: every field a whole number within its bounds; optional fields may be empty. */
export function parseOptionsForm(form: OptionsForm, horizon: number): ParsedOptions {
  const errors: Partial<Record<OptionField | `request${number}`, FieldError>> = {};
  const bounds = (field: OptionField): readonly [number, number] => (field === 'commitmentYears' ? [1, horizon] : OPTION_BOUNDS[field]);
  const read = (field: OptionField): number | null => {
    const text = form.fields[field].trim();
    const [min, max] = bounds(field);
    if (text === '' && OPTIONAL_FIELDS.has(field)) return null;
    const value = whole(text, [min, max]);
    if (value === null) errors[field] = { kind: OPTIONAL_FIELDS.has(field) ? 'optionalRange' : 'range', min, max };
    return value;
  };
  const values = {
    paths: read('paths'),
    seed: read('seed'),
    commitmentPerYear: read('commitmentPerYear'),
    commitmentYears: read('commitmentYears'),
    bandPercent: read('bandPercent'),
    dwellingLeadMonths: read('dwellingLeadMonths'),
    placeLeadMonths: read('placeLeadMonths'),
    releaseNoticeMonths: read('releaseNoticeMonths'),
  };
  const ownRequests: OwnRequest[] = [];
  for (const [year, text] of Object.entries(form.ownRequests)) {
    if (text.trim() === '') continue;
    const request = whole(text, OPTION_BOUNDS.ownRequest);
    if (request === null) errors[`request${Number(year)}`] = { kind: 'optionalRange', min: OPTION_BOUNDS.ownRequest[0], max: OPTION_BOUNDS.ownRequest[1] };
    else ownRequests.push({ year: Number(year), request });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
      paths: values.paths ?? 0,
      seed: values.seed ?? 0,
      commitmentPerYear: values.commitmentPerYear,
      commitmentYears: values.commitmentYears,
      bandPercent: values.bandPercent ?? 0,
      dwellingLeadMonths: values.dwellingLeadMonths ?? 0,
      placeLeadMonths: values.placeLeadMonths ?? 0,
      releaseNoticeMonths: values.releaseNoticeMonths ?? 0,
      ownRequests: ownRequests.sort((a, b) => a.year - b.year),
    },
  };
}
