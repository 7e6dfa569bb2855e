import { isRecord } from '../lib/is-record';
import { DRAFT_SECTIONS, type DraftSectionKey } from '../report/draft-sections';
import type { SliceCreator } from './slice-creator';

/**
 * The planner's edits of the council draft (the case paper), by scenario id. They are kept with
 * the scenarios (in the same stored state, so in the same storage, in step between tabs, and
 * never left behind when a scenario is deleted and the app reloads), but outside undo: typing in
 * a section is undone in the section itself, and the plan's steps are not crowded out by it.
 */

/** An edited section: the planner's text, and the drafted text it was edited from (to tell when the plan has moved on). */
export interface SectionEdit {
  readonly text: string;
  readonly base: string;
}

export type ScenarioEdits = Readonly<Partial<Record<DraftSectionKey, SectionEdit>>>;
export type CouncilDraftEdits = Readonly<Record<string, ScenarioEdits>>;

export interface DraftSlice {
  readonly draftEdits: CouncilDraftEdits;
  /** Keeps the text of a section of the current scenario's draft, edited from the drafted `base`. */
  editDraftSection: (key: DraftSectionKey, text: string, base: string) => void;
  /** The section of the current scenario's draft as drafted again. */
  resetDraftSection: (key: DraftSectionKey) => void;
}

/** Where an earlier version of the app kept the edits, in localStorage: read once, when the stored state has none of its own. */
export const LEGACY_DRAFT_EDITS_KEY = 'bosettingsplan:council-draft';

const isEdit = (value: unknown): value is SectionEdit => isRecord(value) && typeof value.text === 'string' && typeof value.base === 'string';
const isSection = (key: string): key is DraftSectionKey => (DRAFT_SECTIONS as readonly string[]).includes(key);

/** The well-formed edits of the scenarios in `ids`; anything else (damaged, or of a scenario no longer stored) is left out, never thrown on. */
export function readDraftEdits(raw: unknown, ids: ReadonlySet<string>): CouncilDraftEdits {
  if (!isRecord(raw)) return {};
  const edits: Record<string, ScenarioEdits> = {};
  for (const [id, sections] of Object.entries(raw)) {
    if (!ids.has(id) || !isRecord(sections)) continue;
    const kept = Object.entries(sections).filter(([key, edit]) => isSection(key) && isEdit(edit));
    if (kept.length > 0) edits[id] = Object.fromEntries(kept);
  }
  return edits;
}

/** The edits an earlier version of the app kept under its own localStorage key, if any (parsed; undefined when none or unreadable). */
export function legacyDraftEdits(): unknown {
  try {
    const text = globalThis.localStorage.getItem(LEGACY_DRAFT_EDITS_KEY);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The draft edits of `from` copied to `to` (a duplicated scenario takes its original's edits along). */
export function copyDraftEdits(edits: CouncilDraftEdits, from: string, to: string): CouncilDraftEdits {
  const source = edits[from];
  return source === undefined ? edits : { ...edits, [to]: source };
}

export const createDraftSlice: SliceCreator<DraftSlice> = (set, get) => ({
  draftEdits: {},
  editDraftSection: (key, text, base) => {
    const { draftEdits, currentId } = get();
    set({ draftEdits: { ...draftEdits, [currentId]: { ...draftEdits[currentId], [key]: { text, base } } } });
  },
  resetDraftSection: (key) => {
    const { draftEdits, currentId } = get();
    const rest: Partial<Record<DraftSectionKey, SectionEdit>> = { ...draftEdits[currentId] };
    delete rest[key];
    set({ draftEdits: { ...draftEdits, [currentId]: rest } });
  },
});
