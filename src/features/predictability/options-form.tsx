import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { PlannerOptions } from './options';
import { parseOptionsForm, toForm, type FieldError, type OptionField, type OptionsForm } from './options-parse';

interface FieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly error: FieldError | undefined;
  readonly onChange: (value: string) => void;
}

function NumberField({ label, hint, value, error, onChange }: FieldProps) {
  const t = useMessages().predictability.options;
  const { formatNumber } = useFormat();
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error !== undefined}
        {...(described ? { 'aria-describedby': described } : {})}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {(error.kind === 'range' ? t.invalid : t.invalidOptional)(formatNumber(error.min), formatNumber(error.max))}
        </span>
      )}
    </div>
  );
}

interface OptionsFormProps {
  readonly options: PlannerOptions;
  readonly horizon: number;
  /** Years the planner can enter own requests for (the record's latest years). */
  readonly requestYears: readonly number[];
  readonly onApply: (options: PlannerOptions) => void;
}

/** The simulation's settings; "run" applies them and starts a new run at once. */
export function OptionsFormView({ options, horizon, requestYears, onApply }: OptionsFormProps) {
  const t = useMessages().predictability.options;
  const [form, setForm] = useState<OptionsForm>(() => toForm(options));
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const setField = (field: OptionField) => (value: string) => setForm((f) => ({ ...f, fields: { ...f.fields, [field]: value } }));
  const setRequest = (year: number) => (value: string) => setForm((f) => ({ ...f, ownRequests: { ...f.ownRequests, [year]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseOptionsForm(form, horizon);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (parsed.ok) onApply(parsed.options);
  };
  const field = (name: OptionField, label: string, hint?: string) => (
    <NumberField label={label} {...(hint ? { hint } : {})} value={form.fields[name]} error={errors[name]} onChange={setField(name)} />
  );
  return (
    <details className="options">
      <summary>{t.heading}</summary>
      <form className="options-form" onSubmit={submit} noValidate aria-label={t.heading}>
        <div className="options-grid">
          {field('paths', t.paths, t.pathsHint)}
          {field('seed', t.seed, t.seedHint)}
          {field('commitmentPerYear', t.commitment, t.commitmentHint)}
          {field('commitmentYears', t.years, t.yearsHint(horizon))}
          {field('bandPercent', t.band, t.bandHint)}
          {field('dwellingLeadMonths', t.dwellingLead)}
          {field('placeLeadMonths', t.placeLead)}
          {field('releaseNoticeMonths', t.notice, t.noticeHint)}
        </div>
        <fieldset className="own-requests">
          <legend>{t.ownRequests}</legend>
          <p className="field-hint">{t.ownRequestsHint}</p>
          <div className="options-grid">
            {requestYears.map((year) => (
              <NumberField key={year} label={t.ownRequest(year)} value={form.ownRequests[year] ?? ''} error={errors[`request${year}`]} onChange={setRequest(year)} />
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button-primary">
          {t.run}
        </button>
      </form>
    </details>
  );
}
