import { useId, useRef, useState, type FormEvent } from 'react';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import { VERSION_LIMITS } from '../../scenario/bounds';
import { versionMatching, type SavedVersion } from '../../scenario/versions';
import { useAppStore, useAppStoreApi, selectCurrentVersions } from '../../store';
import { CURRENT, VersionDiff } from './version-diff';


/**
 * Saved versions of the current scenario: «Lagre versjon» with a note, the list (newest first,
 * date and time in the UI's language), what changed, restore and delete. Each action is one
 * step of the store's undo, so «Angre» in the header takes it back.
 */
export function VersionsPanel() {
  const t = useMessages().versions;
  const { formatDateTime, formatNumber } = useFormat();
  const id = useId();
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const versions = useAppStore(selectCurrentVersions);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A save is said to be kept only while the browser keeps the state (a failed write is never reported as done).
  const [status, setStatus] = useState<{ text: string; savedAs?: string } | null>(null);
  const kept = useAppStore((s) => s.storageWritable && !s.storageHeld);
  const [picked, setPicked] = useState<{ from: string | null; to: string }>({ from: null, to: CURRENT });
  const diffRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const timeOf = (v: SavedVersion) => formatDateTime(new Date(v.savedAt));
  const noteOf = (v: SavedVersion) => (v.kind === 'import' && v.note !== '' ? t.importNote(v.note) : v.note);
  const labelOf = (v: SavedVersion) => t.label(noteOf(v), timeOf(v));
  const matching = versionMatching(scenario, versions);
  const newest = versions[versions.length - 1];
  const known = (key: string | null) => key === CURRENT || versions.some((v) => v.id === key);
  const from = picked.from !== null && known(picked.from) ? picked.from : (newest?.id ?? CURRENT);
  const to = known(picked.to) ? picked.to : CURRENT;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = store.getState().saveVersion(note, new Date());
    if (!result.ok) {
      setError(result.reason === 'limit' ? t.limitReached(formatNumber(VERSION_LIMITS.manual)) : t.noteTooLong(formatNumber(VERSION_LIMITS.note)));
      return;
    }
    setError(null);
    setNote('');
    setStatus({ text: t.saved(labelOf(result.version)), savedAs: labelOf(result.version) });
  };
  const restore = (v: SavedVersion) => {
    const alreadyKept = matching !== undefined;
    if (store.getState().restoreVersion(v.id, new Date())) setStatus({ text: (alreadyKept ? t.restoredSame : t.restored)(labelOf(v)) });
  };
  const remove = (v: SavedVersion) => {
    if (store.getState().deleteVersion(v.id) === null) return;
    setStatus({ text: t.deleted(labelOf(v)) });
    // Its row is gone with the button pressed: the focus goes to the message.
    queueMicrotask(() => statusRef.current?.focus());
  };
  const compare = (v: SavedVersion) => {
    setPicked({ from: v.id, to: CURRENT });
    queueMicrotask(() => diffRef.current?.focus());
  };

  return (
    <section className="versions panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.heading(scenario.name)}</h2>
      <p>{t.intro}</p>
      <p className="muted">{t.bound(formatNumber(VERSION_LIMITS.manual), formatNumber(VERSION_LIMITS.automatic))}</p>
      <form className="version-save" onSubmit={save} noValidate>
        <label htmlFor={`${id}-note`}>{t.noteLabel}</label>
        <input
          id={`${id}-note`}
          type="text"
          value={note}
          maxLength={VERSION_LIMITS.note + 50}
          aria-describedby={error === null ? `${id}-note-hint` : `${id}-note-hint ${id}-note-error`}
          aria-invalid={error !== null}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" className="button-primary">
          {t.save}
        </button>
        <p id={`${id}-note-hint`} className="muted">
          {t.noteHint}
        </p>
        {error !== null && (
          <p id={`${id}-note-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <div role="status" className="versions-status" ref={statusRef} tabIndex={-1}>
        {status !== null && <p className="scenarios-status-text">{status.savedAs !== undefined && !kept ? t.savedNotKept(status.savedAs) : status.text}</p>}
      </div>
      {versions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t.caption} tabIndex={0}>
          <table className="data-table versions-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.savedAt}</th>
                <th scope="col">{t.note}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((v) => (
                <tr key={v.id}>
                  <th scope="row">{timeOf(v)}</th>
                  <td>
                    {noteOf(v) === '' ? <span className="muted">{t.noNote}</span> : noteOf(v)}
                    {v === matching && <span className="version-current"> · {t.isCurrent}</span>}
                  </td>
                  <td>{t.kinds[v.kind]}</td>
                  <td className="version-actions">
                    <button type="button" className="button-secondary" onClick={() => compare(v)}>
                      {t.compare} <span className="visually-hidden">{t.what(labelOf(v))}</span>
                    </button>
                    <button type="button" className="button-secondary" onClick={() => restore(v)}>
                      {t.restore} <span className="visually-hidden">{t.what(labelOf(v))}</span>
                    </button>
                    <button type="button" className="button-secondary" onClick={() => remove(v)}>
                      {t.delete} <span className="visually-hidden">{t.what(labelOf(v))}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {versions.length > 0 && (
        <VersionDiff
          versions={versions}
          current={scenario}
          from={from}
          to={to}
          onFrom={(key) => setPicked({ from: key, to })}
          onTo={(key) => setPicked({ from, to: key })}
          labelOf={labelOf}
          headingRef={diffRef}
        />
      )}
    </section>
  );
}
