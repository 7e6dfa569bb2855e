import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';

interface RenameFormProps {
  readonly name: string;
  /** Returns false when the store refused the name (the form stays open with a message). */
  readonly onSave: (name: string) => boolean;
  readonly onCancel: () => void;
}

/**
 * Renaming in place: the field takes the focus with the name selected; Enter saves, Escape
 * cancels. A refused name keeps the form open with a message tied to the field.
 */
export function RenameForm({ name, onSave, onCancel }: RenameFormProps) {
  const t = useMessages().workspace.list;
  const id = useId();
  const [text, setText] = useState(name);
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInvalid(!onSave(text));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="rename-form" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        {t.renameLabel(name)}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        value={text}
        maxLength={120}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {invalid && (
        <span id={`${id}-error`} className="field-error">
          {t.nameInvalid}
        </span>
      )}
      <span className="rename-actions">
        <button type="submit" className="button-primary">
          {t.save}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </span>
    </form>
  );
}
