import { useContext, useId, useState, type ClipboardEvent, type InputHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { DraftMemoryContext } from './draft-memory';
import './components.css';

/** The outcome of reading what the user typed. */
export type InputCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * What a field did with pasted text: `null` leaves it to the browser (a single value, typed in
 * as usual); otherwise the paste was used, or refused as a whole with a message.
 */
export type PasteOutcome = null | { ok: true } | { ok: false; message: string };

interface ValidatedInputProps<T> {
  readonly label: string;
  /** Label for screen readers only (in a grid, the row and column say what the cell is). */
  readonly hideLabel?: boolean;
  readonly value: T;
  /** The value as text, as the field shows it when the user is not typing. */
  readonly format: (value: T) => string;
  readonly validate: (text: string) => InputCheck<T>;
  /**
   * Called only with valid values: invalid text never reaches the store. Returns a message
   * when the store refuses the value after all (e.g. a rule across fields); nothing changes.
   */
  readonly onCommit: (value: T) => string | null | void;
  /**
   * When a valid value is stored: at once as it is typed ('input', the year grid, whose budget
   * follows every keystroke), or when the planner leaves the field or presses Enter ('blur'),
   * so that typing 120 in a percent field never stores the 12 on the way.
   */
  readonly commitOn?: 'input' | 'blur';
  /** Pasted text, for fields that spread a pasted row over their neighbours. */
  readonly onPasteText?: (text: string) => PasteOutcome;
  readonly hint?: ReactNode;
  /** A warning on a valid value (e.g. larger than the population); does not block it. */
  readonly warning?: string | null;
  readonly type?: 'text' | 'number';
  readonly inputProps?: Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'onBlur' | 'onPaste' | 'onKeyDown' | 'type' | 'id'
  >;
  readonly className?: string;
  /**
   * What the app's draft memory knows the field by: a name that stays the same in every
   * language (the scenario path, "years.2.children"). The label serves where none is given.
   */
  readonly memoryKey?: string;
}

/** Text the user is editing, the stored value it belongs to, and a refusal to show. */
interface Draft<T> {
  readonly text: string;
  readonly base: T;
  readonly refused: string | null;
}

/**
 * A text field that checks what is typed on every keystroke: an invalid value shows its
 * message beside the field (aria-invalid, aria-describedby) and leaves the stored value
 * unchanged; a valid one is committed as it is typed or when the field is left (`commitOn`).
 * Leaving a valid field shows the value as stored, and so does a change of the stored value
 * from elsewhere (a reset, a paste into the row, undo). Escape drops what is being typed.
 * Text that shows an error is kept in the app's draft memory (when there is one), so that it and
 * its message are still there when the planner comes back to the screen.
 */
export function ValidatedInput<T>({
  label,
  hideLabel = false,
  value,
  format,
  validate,
  onCommit,
  onPasteText,
  commitOn = 'input',
  hint,
  warning = null,
  type = 'text',
  inputProps,
  className,
  memoryKey: name = label,
}: ValidatedInputProps<T>) {
  const id = useId();
  const memory = useContext(DraftMemoryContext);
  const memoryKey = memory === null ? null : `${memory.scope}\u0000${name}`;
  const [stored, setStored] = useState<Draft<T> | null>(() => (memory !== null && memoryKey !== null ? ((memory.drafts.get(memoryKey) as Draft<T> | undefined) ?? null) : null));
  const setDraft = (next: Draft<T> | null) => {
    setStored(next);
    if (memory === null || memoryKey === null) return;
    if (next !== null && (next.refused !== null || !validate(next.text).ok)) memory.drafts.set(memoryKey, next);
    else memory.drafts.delete(memoryKey);
  };
  // A draft is about the value it was typed over: when that value changes elsewhere, it goes.
  const draft = stored !== null && Object.is(stored.base, value) ? stored : null;
  const check = draft === null || draft.refused !== null ? null : validate(draft.text);
  const error = draft?.refused ?? (check !== null && !check.ok ? check.message : null);
  const shownWarning = error === null ? warning : null;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, shownWarning ? `${id}-warning` : null]
    .filter((x) => x !== null)
    .join(' ');

  /** Stores the text's value if it is valid and new; keeps the draft, with any refusal. */
  const commit = (text: string): 'kept' | 'stored' | 'same' | 'invalid' => {
    const result = validate(text);
    if (!result.ok) return 'invalid';
    if (Object.is(result.value, value)) return 'same';
    const refused = onCommit(result.value);
    setDraft(typeof refused === 'string' ? { text, base: value, refused } : { text, base: result.value, refused: null });
    return typeof refused === 'string' ? 'kept' : 'stored';
  };

  const onChange = (text: string) => {
    setDraft({ text, base: value, refused: null });
    if (commitOn === 'input') commit(text);
  };

  const onBlur = () => {
    if (draft === null || draft.refused !== null) return;
    const outcome = commitOn === 'blur' ? commit(draft.text) : check?.ok ? 'same' : 'invalid';
    if (outcome === 'same' || outcome === 'stored') setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && draft !== null) setDraft(null);
    else if (event.key === 'Enter' && commitOn === 'blur' && draft !== null && draft.refused === null) commit(draft.text);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const outcome = onPasteText?.(event.clipboardData.getData('text/plain')) ?? null;
    if (outcome === null) return;
    event.preventDefault();
    // A used paste shows the stored values; a refused one keeps the text and says why.
    setDraft(outcome.ok ? null : { text: draft?.text ?? format(value), base: value, refused: outcome.message });
  };

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
        value={draft?.text ?? format(value)}
        aria-invalid={error !== null}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
        onPaste={onPasteText ? onPaste : undefined}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
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
