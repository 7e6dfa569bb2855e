import { useCallback, useMemo, useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { downloadText } from '../../lib/csv';
import { useFormat } from '../../i18n/use-format';
import { selectScenarioSummaries, useAppStore, useAppStoreApi, type DeletedScenario } from '../../store';
import { FileTransfer } from './file-transfer';
import { scenarioFileName, scenarioFileText, uniqueName } from '../../scenario/scenario-file';
import { ScenarioRow, type RowActions } from './scenario-row';
import { shareScenario } from './share-action';
import { StatusMessage, type Status } from './status-message';
import { VersionsPanel } from './versions-panel';
import './scenarios.css';

/**
 * The planner's scenarios: a table with each one's municipality, period, persons and
 * four-year net (from the engine, through a memoised selector), and the actions on them. Every
 * action goes through the store, so "Angre" in the header undoes it.
 */
export function Scenarios() {
  const messages = useMessages();
  const t = messages.workspace;
  const l = messages.sharedLink;
  const { formatNumber } = useFormat();
  const store = useAppStoreApi();
  const summaries = useAppStore(selectScenarioSummaries);
  const noBaseline = useAppStore((state) => state.baselineId === null);
  const [status, setStatus] = useState<Status | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const say = useCallback((text: string | null) => setStatus(text === null ? null : { text }), []);
  const nameOf = useCallback((id: string) => store.getState().scenarios.find((e) => e.id === id)?.scenario.name ?? '', [store]);
  const names = useCallback(() => store.getState().scenarios.map((e) => e.scenario.name), [store]);
  // When the control used is gone (its row changed), the focus goes to the message.
  const focusStatus = useCallback(() => statusRef.current?.focus(), []);

  const create = () => {
    const id = store.getState().createScenario(uniqueName(t.list.newName, names()));
    say(t.status.created(nameOf(id)));
    setRenamingId(id);
  };

  const actions: RowActions = useMemo(
    () => ({
      use: (id) => {
        store.getState().switchScenario(id);
        say(t.status.switched(nameOf(id)));
        focusStatus();
      },
      startRename: (id) => setRenamingId(id),
      rename: (id, name) => {
        const result = store.getState().renameScenario(id, name);
        if (!result.ok) return false;
        setRenamingId(null);
        setFocusId(id);
        say(t.status.renamed(nameOf(id)));
        return true;
      },
      cancelRename: (id) => {
        setRenamingId(null);
        setFocusId(id);
      },
      duplicate: (id) => {
        const copy = store.getState().duplicateScenario(id, uniqueName(t.list.copyName(nameOf(id)), names()));
        if (copy === null) return;
        say(t.status.duplicated(nameOf(copy)));
        setRenamingId(copy);
      },
      markBaseline: (id) => {
        store.getState().setBaseline(id);
        say(t.status.baseline(nameOf(id)));
        focusStatus();
      },
      share: (id) => {
        const scenario = store.getState().scenarios.find((e) => e.id === id)?.scenario;
        if (scenario === undefined) return;
        void shareScenario(scenario).then((outcome) => {
          if (outcome.kind === 'copied') setStatus({ text: l.copied(scenario.name) });
          else if (outcome.kind === 'manual') setStatus({ text: l.copyFailed(scenario.name), link: { url: outcome.url, label: l.linkLabel(scenario.name) } });
          else setStatus({ text: l.tooLong(formatNumber(outcome.length)), tooLong: { id, name: scenario.name } });
        });
      },
      remove: (id) => {
        const deleted = store.getState().deleteScenario(id);
        if (deleted === null) return;
        if (renamingId === id) setRenamingId(null);
        setStatus({ text: t.status.deleted(deleted.entry.scenario.name), deleted });
      },
    }),
    [store, say, nameOf, names, focusStatus, t, l, formatNumber, renamingId],
  );

  const restore = (deleted: DeletedScenario) => {
    store.getState().restoreScenario(deleted);
    say(t.status.restored(deleted.entry.scenario.name));
    focusStatus();
  };
  const onFocused = useCallback(() => setFocusId(null), []);
  /** A scenario too large for a link, saved as a file instead (the format "Eksporter" writes). */
  const exportScenario = (id: string) => {
    const entry = store.getState().scenarios.find((e) => e.id === id);
    if (entry === undefined) return;
    const name = scenarioFileName(t.file.namePrefix, entry.scenario);
    downloadText(name, scenarioFileText(entry.scenario, entry.versions), 'application/json');
    say(t.status.exported(name));
    focusStatus();
  };

  return (
    <>
      <section className="scenarios panel" aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">{t.list.heading}</h2>
        <p>{t.list.intro}</p>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={create}>
            {t.list.create}
          </button>
        </div>
        <FileTransfer onStatus={say} />
        <StatusMessage status={status} onRestore={restore} onExport={exportScenario} regionRef={statusRef} />
        <div className="table-scroll" role="region" aria-label={t.list.caption} tabIndex={0}>
          <table className="data-table scenarios-table">
            <caption className="visually-hidden">{t.list.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.list.name}</th>
                <th scope="col">{t.list.municipality}</th>
                <th scope="col" className="numeric">
                  {t.list.periodHeading}
                </th>
                <th scope="col" className="numeric">
                  {t.list.persons}
                </th>
                <th scope="col" className="numeric">
                  {t.list.net}
                </th>
                <th scope="col">{t.list.actions}</th>
              </tr>
            </thead>
            <tbody>
              {summaries.map((summary) => (
                <ScenarioRow
                  key={summary.id}
                  summary={summary}
                  renaming={renamingId === summary.id}
                  canDelete={summaries.length > 1}
                  focusRename={focusId === summary.id}
                  onFocused={onFocused}
                  actions={actions}
                />
              ))}
            </tbody>
          </table>
        </div>
        {noBaseline && <p className="muted">{t.list.noBaseline}</p>}
      </section>
      {/* The current scenario's versions: beside the list and the file they travel in, off the first screen. */}
      <VersionsPanel />
    </>
  );
}
