import { useCallback, useSyncExternalStore } from 'react';
import type { DraftSectionKey } from '../../report/council-draft';
import { browserStorage } from '../../store/safe-storage';

/** Where the planner's edits of the draft are kept, by scenario id: they outlive a reload and a visit to another screen. */
export const DRAFT_EDITS_KEY = 'bosettingsplan:council-draft';

/** An edited section: the planner's text, and the drafted text it was edited from (to tell when the plan has moved on). */
export interface SectionEdit {
  readonly text: string;
  readonly base: string;
}

export type ScenarioEdits = Partial<Record<DraftSectionKey, SectionEdit>>;
type AllEdits = Readonly<Record<string, ScenarioEdits>>;

const isEdit = (value: unknown): value is SectionEdit =>
  typeof value === 'object' && value !== null && typeof (value as SectionEdit).text === 'string' && typeof (value as SectionEdit).base === 'string';

/** What the storage holds, keeping only well-formed edits (a damaged entry is skipped, never thrown on). */
function read(text: string | null): AllEdits {
  try {
    const parsed: unknown = JSON.parse(text ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).map(([id, sections]) => [
        id,
        Object.fromEntries(Object.entries(typeof sections === 'object' && sections !== null ? sections : {}).filter(([, edit]) => isEdit(edit))),
      ]),
    );
  } catch {
    return {};
  }
}

const { storage } = browserStorage();
let all: AllEdits = read(storage.getItem(DRAFT_EDITS_KEY));
const listeners = new Set<() => void>();

function write(next: AllEdits): void {
  all = next;
  try {
    storage.setItem(DRAFT_EDITS_KEY, JSON.stringify(next));
  } catch {
    // A full storage keeps the edits in memory for this visit; the app's own notice speaks of storage.
  }
  for (const listener of listeners) listener();
}

/** Reads the storage again, so that a change saved by another tab is neither missed nor overwritten. */
function refresh(): AllEdits {
  const text = storage.getItem(DRAFT_EDITS_KEY);
  if (text !== null && text !== JSON.stringify(all)) all = read(text);
  return all;
}

/** Another tab saved its edits: show them here too. */
function onStorage(event: StorageEvent): void {
  if (event.key !== DRAFT_EDITS_KEY) return;
  refresh();
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
};

const NONE: ScenarioEdits = {};

/** The edits of one scenario, and the two ways to change them: keep an edited text, or go back to the draft. */
export function useDraftEdits(scenarioId: string) {
  const edits = useSyncExternalStore(subscribe, () => all[scenarioId] ?? NONE, () => NONE);
  const edit = useCallback(
    (key: DraftSectionKey, text: string, base: string) => {
      const current = refresh();
      write({ ...current, [scenarioId]: { ...current[scenarioId], [key]: { text, base } } });
    },
    [scenarioId],
  );
  const reset = useCallback(
    (key: DraftSectionKey) => {
      const current = refresh();
      const rest: ScenarioEdits = { ...current[scenarioId] };
      delete rest[key];
      write({ ...current, [scenarioId]: rest });
    },
    [scenarioId],
  );
  return { edits, edit, reset };
}

/** For tests: forget what was read, and read the storage again. */
export function reloadDraftEdits(): void {
  all = read(storage.getItem(DRAFT_EDITS_KEY));
  for (const listener of listeners) listener();
}
