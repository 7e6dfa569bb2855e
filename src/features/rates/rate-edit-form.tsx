import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { checkNumber, showNumber } from '../../components/number-checks';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { RateRow } from '../../report/rate-rows';

/** Sources longer than this are refused by the scenario format. */
const SOURCE_MAX = 200;
const KRONER = { kind: 'kroner' } as const;

interface RateEditFormProps {
  readonly row: RateRow;
  readonly year: number;
  /** Stores the figure; returns a message if the store refuses it. */
  readonly onSave: (value: number, source: string) => string | null;
  readonly onClose: () => void;
}

/**
 * The inline form for one rate of one year: the figure and where it comes from (by default
 * "IMDi rundskriv <year>"). Checked when saved; a refused figure keeps the form open with the
 * message beside the field, and nothing changes.
 */
export function RateEditForm({ row, year, onSave, onClose }: RateEditFormProps) {
  const t = useMessages();
  const format = useFormat();
  const id = useId();
  const valueRef = useRef<HTMLInputElement>(null);
  // Grouped as the language writes it ("262 782", "262,782"); a kroner field reads both back.
  const [value, setValue] = useState(showNumber(row.figure.value, KRONER, format));
  const [source, setSource] = useState(row.override?.source ?? t.rates.defaultSource(year));
  const [errors, setErrors] = useState<{ value: string | null; source: string | null }>({ value: null, source: null });
  const label = t.rates.labels[row.path];

  useEffect(() => {
    valueRef.current?.focus();
    valueRef.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNumber(value, KRONER, t.inputs.check, format);
    const trimmed = source.trim();
    const sourceError = trimmed === '' ? t.rates.sourceRequired : trimmed.length > SOURCE_MAX ? t.rates.sourceTooLong : null;
    const next = { value: checked.ok ? null : checked.message, source: sourceError };
    if (checked.ok && sourceError === null) {
      const refused = onSave(checked.value, trimmed);
      if (refused === null) {
        onClose();
        return;
      }
      next.value = refused;
    }
    setErrors(next);
    if (next.value !== null) valueRef.current?.focus();
  };

  return (
    <form className="rate-edit-form" onSubmit={submit} onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }} noValidate>
      <fieldset>
        <legend>{t.rates.editLegend(label, year)}</legend>
        <div className="rate-edit-fields">
          <div className="field">
            <label htmlFor={`${id}-value`} className="field-label">
              {t.rates.editValue}
            </label>
            <input
              ref={valueRef}
              id={`${id}-value`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="input-number"
              value={value}
              aria-invalid={errors.value !== null}
              aria-describedby={[`${id}-replaces`, errors.value ? `${id}-value-error` : null].filter(Boolean).join(' ')}
              onChange={(e) => setValue(e.target.value)}
            />
            <span id={`${id}-replaces`} className="field-hint">
              {t.rates.replaces(format.formatNumber(row.reference.value), t.rates.statuses[row.reference.status])}
            </span>
            {errors.value && (
              <span id={`${id}-value-error`} className="field-error">
                {errors.value}
              </span>
            )}
          </div>
          <div className="field rate-source-field">
            <label htmlFor={`${id}-source`} className="field-label">
              {t.rates.editSource}
            </label>
            <input
              id={`${id}-source`}
              type="text"
              value={source}
              aria-invalid={errors.source !== null}
              aria-describedby={errors.source ? `${id}-source-error` : undefined}
              onChange={(e) => setSource(e.target.value)}
            />
            {errors.source && (
              <span id={`${id}-source-error`} className="field-error">
                {errors.source}
              </span>
            )}
          </div>
        </div>
        <div className="form-buttons">
          <button type="submit" className="button-primary button-small">
            {t.rates.save}
          </button>
          <button type="button" className="button-secondary button-small" onClick={onClose}>
            {t.rates.cancel}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
