import { useId, useState, type FormEvent } from 'react';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { RATE_PATHS } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { readRateColumn } from './rate-column';
import { upsertOverride } from '../../report/rate-rows';

/**
 * A whole year's table at once: a column of figures pasted in the order of the table above,
 * with their source. Refused as a whole, with the reason, if any figure is not whole kroner.
 */
export function PasteRates({ year }: { readonly year: number }) {
  const t = useMessages();
  const id = useId();
  const edit = useScenarioEdit();
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const shownSource = source ?? t.rates.defaultSource(year);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = shownSource.trim();
    if (trimmed === '') return setOutcome({ ok: false, message: t.rates.sourceRequired });
    const read = readRateColumn(text, year, trimmed, t.rates.labels, { ...t.rates, check: t.inputs.check });
    if (!read.ok) return setOutcome({ ok: false, message: read.message });
    const refused = edit((s) => ({ ...s, rateOverrides: read.overrides.reduce(upsertOverride, [...s.rateOverrides]) }));
    if (refused !== null) return setOutcome({ ok: false, message: refused });
    setText('');
    setOutcome({ ok: true, message: t.rates.pasteDone(read.overrides.length, year) });
  };

  return (
    <form className="paste-rates" onSubmit={submit} noValidate>
      <h3>{t.rates.pasteHeading}</h3>
      <p id={`${id}-hint`} className="field-hint">
        {t.rates.pasteHint(RATE_PATHS.length, year)}
      </p>
      <div className="paste-rates-fields">
        <div className="field">
          <label htmlFor={`${id}-text`} className="field-label">
            {t.rates.pasteLabel(year)}
          </label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={text}
            aria-invalid={outcome !== null && !outcome.ok}
            aria-describedby={[`${id}-hint`, outcome && !outcome.ok ? `${id}-outcome` : null].filter(Boolean).join(' ')}
            onChange={(e) => {
              setText(e.target.value);
              setOutcome(null);
            }}
          />
        </div>
        <div className="field rate-source-field">
          <label htmlFor={`${id}-source`} className="field-label">
            {t.rates.pasteSource}
          </label>
          <input id={`${id}-source`} type="text" value={shownSource} onChange={(e) => setSource(e.target.value)} />
        </div>
      </div>
      <p id={`${id}-outcome`} className={outcome?.ok === false ? 'field-error' : 'paste-done'} role="status">
        {outcome?.message ?? ''}
      </p>
      <button type="submit" className="button-primary button-small">
        {t.rates.pasteApply}
      </button>
    </form>
  );
}
