import { useId, useState, type ChangeEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { downloadText } from '../../lib/csv';
import { useFormat } from '../../i18n/use-format';
import { nameIssues } from '../../report/field-names';
import { versionIssueLines } from '../../report/version-issues';
import { NO_MUNICIPALITY, selectMunicipalities, useAppStore, useAppStoreApi } from '../../store';
import { importedName, MAX_FILE_BYTES, readScenarioFile, scenarioFileName, scenarioFileText, type ReadFileResult } from '../../scenario/scenario-file';

interface FileTransferProps {
  /** A message for the status line; null clears it (a refused file says why in its own alert). */
  readonly onStatus: (text: string | null) => void;
}

type Refused = { readonly kind: 'import'; readonly file: string; readonly issues: readonly string[] } | { readonly kind: 'export'; readonly issues: readonly string[] };

/**
 * Export of the current scenario as a scenario file, and import of one as a new scenario (under
 * a distinct name: «Alfa (2)» when «Alfa» is in the list). A file that does not pass changes
 * nothing: its problems are listed, one per field, in an alert region. A scenario without a
 * municipality is not exported: the planner is asked to choose one first.
 */
export function FileTransfer({ onStatus }: FileTransferProps) {
  const messages = useMessages();
  const { file: t, status } = messages.workspace;
  const format = useFormat();
  const { formatNumber } = format;
  const id = useId();
  const store = useAppStoreApi();
  const municipalities = useAppStore(selectMunicipalities);
  const [refused, setRefused] = useState<Refused | null>(null);

  const exportCurrent = () => {
    const { scenario, scenarios, currentId } = store.getState();
    // A file without a municipality cannot be planned from (the command-line planner refuses
    // it): the planner is asked to choose one first.
    if (scenario.municipalityCode === NO_MUNICIPALITY) {
      setRefused({ kind: 'export', issues: [t.exportNeedsMunicipality] });
      onStatus(null);
      return;
    }
    // The file carries the scenario's saved versions (README "Saved versions").
    const text = scenarioFileText(scenario, scenarios.find((e) => e.id === currentId)?.versions);
    if (text.length > MAX_FILE_BYTES) {
      setRefused({ kind: 'export', issues: [messages.versions.tooLarge(`${formatNumber(MAX_FILE_BYTES / 1_000_000)} MB`)] });
      onStatus(null);
      return;
    }
    setRefused(null);
    const name = scenarioFileName(t.namePrefix, scenario);
    downloadText(name, text, 'application/json');
    onStatus(status.exported(name));
  };

  const readFile = async (file: File): Promise<ReadFileResult> => {
    if (file.size > MAX_FILE_BYTES) return { ok: false, issues: [t.tooLarge(`${formatNumber(MAX_FILE_BYTES / 1_000_000)} MB`)] };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, issues: [t.unreadable] };
    }
    const codes = new Set(municipalities.map((m) => m.code));
    return readScenarioFile(text, (code) => codes.has(code), NO_MUNICIPALITY, {
      unknownMunicipality: t.unknownMunicipality,
      unknownField: t.unknownField,
      named: (found, startYear) => nameIssues(found, startYear, messages, format),
    });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    const read = await readFile(file);
    // The same file can be chosen again (once fixed).
    input.value = '';
    if (!read.ok) {
      setRefused({ kind: 'import', file: file.name, issues: read.issues });
      onStatus(null);
      return;
    }
    const name = importedName(read.scenario.name, store.getState().scenarios.map((e) => e.scenario.name));
    // The file's versions come along, and the scenario as read is kept as an automatic version.
    store.getState().addScenario({ ...read.scenario, name }, { fileName: file.name, versions: read.versions, now: new Date() });
    setRefused(null);
    const lines = versionIssueLines(read.versionProblems, messages, format);
    const dropped = lines.length === 0 ? '' : ` ${messages.versions.importDropped(lines.map((line) => (line.endsWith('.') ? line : `${line}.`)).join(' '))}`;
    onStatus(`${status.imported(name)}${dropped}`);
  };

  return (
    <div className="file-transfer">
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={exportCurrent}>
          {t.export}
        </button>
        <label className="button-secondary file-button" htmlFor={id}>
          {t.import}
        </label>
        <input id={id} type="file" className="visually-hidden" accept=".json,application/json" onChange={(e) => void importFile(e)} />
      </div>
      <p className="muted">{t.hint}</p>
      <div role="alert" className="import-errors-region">
        {refused && (
          <div className="notice notice-error">
            <h3 className="notice-title">{refused.kind === 'import' ? t.invalidTitle(refused.file) : t.exportRefusedTitle}</h3>
            {refused.kind === 'import' && <p>{t.invalidHelp}</p>}
            <ul>
              {refused.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
