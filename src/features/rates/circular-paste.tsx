import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { useMessages } from '../../i18n/use-messages';
import { readCircular } from './circular-parse';
import { CircularPreview, CircularRefused, CircularSums } from './circular-preview';
import { circularSource, previewRows, type SourceCheck } from './circular-store';
import { upsertOverride, type RateRow } from '../../report/rate-rows';

type Outcome = { readonly ok: boolean; readonly message: string } | null;

/**
 * A year's table pasted from IMDi's circular: read line by line as it is typed or pasted,
 * shown beside the year's current figures with the lines it refuses, and on confirm stored as
 * the planner's overrides (`user-entered`) with the document and date given as their source.
 * One edit of the scenario, so one undo takes it back.
 */
export function CircularPaste({ year, rows }: { readonly year: number; readonly rows: readonly RateRow[] }) {
  const t = useMessages();
  const id = useId();
  const edit = useScenarioEdit();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [title, setTitle] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<SourceCheck['errors']>({ title: null, date: null });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const shownTitle = title ?? t.circular.defaultTitle(year);
  const reading = useMemo(() => (text.trim() === '' ? null : readCircular(text, year)), [text, year]);
  const preview = useMemo(() => (reading ? previewRows(reading, rows) : []), [reading, rows]);
  const toStore = preview.filter((row) => row.store);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reading) return;
    const source = circularSource(shownTitle, date, t.circular);
    setErrors(source.errors);
    if (!source.ok) return setOutcome(null);
    const differs = reading.sums.find((sum) => sum.check.kind === 'differs');
    if (differs) return setOutcome({ ok: false, message: t.circular.sumsDiffer(differs.line) });
    if (toStore.length === 0) return setOutcome({ ok: false, message: t.circular.nothingToStore });
    const refused = edit((s) => ({
      ...s,
      rateOverrides: toStore.reduce(
        (list, row) => upsertOverride(list, { year, rate: row.read.path, value: row.read.value, source: source.text }),
        [...s.rateOverrides],
      ),
    }));
    if (refused !== null) return setOutcome({ ok: false, message: refused });
    setText('');
    setOutcome({ ok: true, message: t.circular.done(toStore.length, year, source.text) });
    // The confirm button goes with the reading: the focus goes back to the empty text field.
    textRef.current?.focus();
  };

  return (
    <form className="circular-paste" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.circular.heading}</h3>
      <p id={`${id}-hint`} className="field-hint">
        {t.circular.hint(year)}
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field-label">
          {t.circular.textLabel(year)}
        </label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={8}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setOutcome(null);
          }}
        />
      </div>
      <div className="paste-rates-fields">
        <div className="field rate-source-field">
          <label htmlFor={`${id}-title`} className="field-label">
            {t.circular.title}
          </label>
          <input
            id={`${id}-title`}
            type="text"
            value={shownTitle}
            aria-invalid={errors.title !== null}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          {errors.title && (
            <span id={`${id}-title-error`} className="field-error">
              {errors.title}
            </span>
          )}
        </div>
        <div className="field circular-date-field">
          <label htmlFor={`${id}-date`} className="field-label">
            {t.circular.date}
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            aria-invalid={errors.date !== null}
            aria-describedby={errors.date ? `${id}-date-error` : undefined}
            onChange={(e) => setDate(e.target.value)}
          />
          {errors.date && (
            <span id={`${id}-date-error`} className="field-error">
              {errors.date}
            </span>
          )}
        </div>
      </div>
      {reading && (
        <>
          {reading.otherYears.length > 0 && (
            <p className="notice-inline">{t.circular.otherYears(reading.otherYears.join(', '), year)}</p>
          )}
          <CircularPreview rows={preview} year={year} />
          <CircularSums sums={reading.sums} />
          <CircularRefused refused={reading.refused} year={year} />
          <p className="circular-summary">{t.circular.summary(reading.rates.length, reading.refused.length)}</p>
          <button type="submit" className="button-primary button-small">
            {t.circular.confirm(toStore.length, year)}
          </button>
        </>
      )}
      <p className={outcome?.ok === false ? 'field-error' : 'paste-done'} role="status">
        {outcome?.message ?? ''}
      </p>
    </form>
  );
}
