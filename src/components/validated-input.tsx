import { useId, useState, type InputHTMLAttributes } from 'react';
import './components.css';

/** The outcome of reading what the user typed. */
export type InputCheck<T> = { ok: true; value: T } | { ok: false; message: string };

interface ValidatedInputProps<T> {
  readonly label: string;
  /** Label for screen readers only (in a grid, the row and column say what the cell is). */
  readonly hideLabel?: boolean;
  readonly value: T;
  /** The value as text, as the field shows it when the user is not typing. */
  readonly format: (value: T) => string;
  readonly validate: (text: string) => InputCheck<T>;
  /** Called only with valid values: invalid text never reaches the store. */
  readonly onCommit: (value: T) => void;
  readonly hint?: string;
  /** A warning on a valid value (e.g. larger than the population); does not block it. */
  readonly warning?: string | null;
  readonly type?: 'text' | 'number';
  readonly inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'type' | 'id'>;
  readonly className?: string;
}

/**
 * A text field that checks what is typed on every keystroke: a valid value is committed at
 * once, an invalid one shows its message beside the field (aria-invalid, aria-describedby)
 * and leaves the stored value unchanged. Leaving a valid field shows the value as stored.
 */
export function ValidatedInput<T>({
  label,
  hideLabel = false,
  value,
  format,
  validate,
  onCommit,
  hint,
  warning = null,
  type = 'text',
  inputProps,
  className,
}: ValidatedInputProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const check = draft === null ? null : validate(draft);
  const error = check !== null && !check.ok ? check.message : null;
  const shownWarning = error === null ? warning : null;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, shownWarning ? `${id}-warning` : null]
    .filter((x) => x !== null)
    .join(' ');

  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <input
        {...inputProps}
        id={id}
        type={type}
        value={draft ?? format(value)}
        aria-invalid={error !== null}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const result = validate(text);
          if (result.ok && result.value !== value) onCommit(result.value);
        }}
        onBlur={() => {
          if (check?.ok) setDraft(null);
        }}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
      {shownWarning && (
        <span id={`${id}-warning`} className="field-warning">
          {shownWarning}
        </span>
      )}
    </div>
  );
}
