import { MAX_HORIZON_YEARS, type Scenario, type YearInput } from '../engine';
import { LOCALES, type Locale } from '../i18n';
import { isRecord } from '../lib/is-record';
import { parseScenario, rawStartYear } from '../scenario/parse';
import { parseVersions } from '../scenario/versions';
import { legacyDraftEdits, readDraftEdits } from './draft-edits';
import { listState, nextScenarioId } from './entries';
import { DEFAULT_UI } from './ui-slice';
import type { StoredIssue } from '../report/stored-issues';
import type { AppState, ScenarioEntry, StorageNotice, UiChoices } from './state';

/**
 * Plan years after the horizon, checked with the scenario schema like the visible ones (by
 * parsing them as the years of the restored scenario, so the rules stay in one place).
 */
function restoreShelved(raw: unknown, scenario: Scenario, at: Place): { years: YearInput[]; issues: StoredIssue[] } {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return { years: [], issues: [] };
  const parsed = parseScenario({ ...scenario, years: raw });
  if (parsed.ok && parsed.scenario.years.length + scenario.years.length <= MAX_HORIZON_YEARS) {
    return { years: [...parsed.scenario.years], issues: [] };
  }
  if (parsed.ok) return { years: [], issues: [{ kind: 'tooManyYears', ...at }] };
  // The first year kept after the horizon is the year after the plan's last.
  return { years: [], issues: [{ kind: 'shelved', ...at, startYear: scenario.startYear + scenario.years.length, found: parsed.found }] };
}

function restoreUi(raw: unknown): UiChoices {
  if (!isRecord(raw)) return DEFAULT_UI;
  const locale = LOCALES.find((l): l is Locale => l === raw.locale) ?? DEFAULT_UI.locale;
  const showZeroLines = typeof raw.showZeroLines === 'boolean' ? raw.showZeroLines : DEFAULT_UI.showZeroLines;
  return { locale, showZeroLines };
}

type Dropped = StorageNotice['dropped'][number];
/** A stored scenario's place in the list (from 1) and its name where it could be read. */
type Place = Dropped;

interface RestoredList {
  readonly entries: ScenarioEntry[];
  readonly dropped: Dropped[];
  readonly issues: StoredIssue[];
  readonly versionsDropped: number;
}

const VALID_ID = /^[\w-]{1,40}$/;

/** Every stored scenario through `parseScenario`; one that fails is dropped and its problems reported as data. */
function restoreEntries(raw: unknown): RestoredList {
  if (!Array.isArray(raw)) return { entries: [], dropped: [], issues: [{ kind: 'noList' }], versionsDropped: 0 };
  const entries: ScenarioEntry[] = [];
  const dropped: Dropped[] = [];
  const issues: StoredIssue[] = [];
  const needId: Omit<ScenarioEntry, 'id'>[] = [];
  let versionsDropped = 0;
  raw.forEach((item: unknown, i) => {
    const storedName = isRecord(item) && isRecord(item.scenario) && typeof item.scenario.name === 'string' ? item.scenario.name : null;
    const at: Place = { position: i + 1, name: storedName };
    const parsed = parseScenario(isRecord(item) ? item.scenario : item);
    if (!isRecord(item) || !isRecord(item.scenario) || !parsed.ok) {
      dropped.push(at);
      const readable = isRecord(item) && isRecord(item.scenario) && !parsed.ok;
      issues.push(readable ? { kind: 'scenario', ...at, startYear: rawStartYear(item.scenario), found: parsed.found } : { kind: 'notScenario', ...at });
      return;
    }
    const named: Place = { position: i + 1, name: parsed.scenario.name };
    const shelved = restoreShelved(item.shelvedYears, parsed.scenario, named);
    issues.push(...shelved.issues);
    // A damaged version is dropped (and kept in the damaged text), never the scenario.
    const versions = parseVersions(item.versions);
    if (versions.problems.length > 0) issues.push({ kind: 'versions', ...named, problems: versions.problems });
    if (Array.isArray(item.versions)) versionsDropped += item.versions.length - versions.versions.length;
    const entry = { scenario: parsed.scenario, shelvedYears: shelved.years, ...(versions.versions.length > 0 ? { versions: versions.versions } : {}) };
    const id = item.id;
    if (typeof id === 'string' && VALID_ID.test(id) && !entries.some((e) => e.id === id)) entries.push({ id, ...entry });
    else needId.push(entry);
  });
  // Entries without a usable id get new ones after all the stored ids are known.
  for (const entry of needId) entries.push({ id: nextScenarioId(entries), ...entry });
  return { entries, dropped, issues, versionsDropped };
}

/** Where damaged text is kept: the key used (null: it could not be written), and the text. */
export interface KeptText {
  readonly key: string | null;
  readonly text: string;
}

/**
 * Restores the stored state, version 2 (docs/architecture.md#data-from-outside): every scenario passes
 * `parseScenario`, which fills defaults; a scenario that cannot be read is dropped from the
 * list, the stored text is kept aside as it was and the planner is told, instead of the app
 * crashing or losing data silently. An empty list gives the new planner's list. The scenario
 * open is `tabCurrentId` (the one this tab had open) when it is still in the list, else the
 * stored one.
 */
export function restoreState(
  persisted: unknown,
  current: AppState,
  keepDamaged: () => KeptText | null,
  tabCurrentId: string | null = null,
): AppState {
  if (persisted === undefined || persisted === null) return current;
  const notice = (dropped: Dropped[], issues: StoredIssue[], versionsDropped = 0): StorageNotice | null => {
    const kept = keepDamaged();
    if (kept === null) return null;
    const found = { keptUnder: kept.key, text: kept.text, dropped, issues };
    return versionsDropped > 0 ? { ...found, versionsDropped } : found;
  };
  if (!isRecord(persisted)) return { ...current, storageNotice: notice([], [{ kind: 'notObject' }]) };
  const ui = restoreUi(persisted.ui);
  const { entries, dropped, issues, versionsDropped } = restoreEntries(persisted.scenarios);
  const storageNotice = issues.length > 0 ? notice(dropped, issues, versionsDropped) : null;
  if (entries.length === 0) return { ...current, ui, storageNotice };
  const storedId = typeof persisted.currentId === 'string' ? persisted.currentId : '';
  const currentId = entries.some((e) => e.id === tabCurrentId) && tabCurrentId !== null ? tabCurrentId : storedId;
  const baselineId = entries.find((e) => e.id === persisted.baselineId)?.id ?? null;
  // Edits of the council draft: those of the scenarios restored (an earlier version of the app kept them under a key of their own).
  const draftEdits = readDraftEdits(persisted.draftEdits ?? legacyDraftEdits(), new Set(entries.map((e) => e.id)));
  return { ...current, ...listState(entries, currentId), baselineId, ui, storageNotice, draftEdits };
}
