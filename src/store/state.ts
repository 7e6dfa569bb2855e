import type { CouncilDraftEdits, DraftSlice } from './draft-edits';
import type { IssueFound } from '../lib/zod-issues';
import type { StoredIssue } from '../report/stored-issues';
import type { SavedVersion } from '../scenario/versions';
import type { Scenario, YearInput } from '../engine';
import type { Locale } from '../i18n';
import type { ReferenceBundle, ReferenceLoadResult } from '../reference/load';

/** Why the app uses the copy of the reference data bundled with the build. */
export type ReferenceFallbackReason = 'request-failed' | 'invalid' | 'timeout';

/**
 * Reference data as the app holds it while and after loading. Never persisted. `served` is
 * what the app's static files gave; `bundled` is the copy built into the app, used when those
 * could not be fetched or read (with the reason and the lines saying what went wrong).
 */
export type ReferenceState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly bundle: ReferenceBundle; readonly source: 'served' }
  | {
      readonly status: 'ready';
      readonly bundle: ReferenceBundle;
      readonly source: 'bundled';
      readonly reason: ReferenceFallbackReason;
      readonly errors: readonly string[];
    }
  | { readonly status: 'error'; readonly errors: readonly string[] };

/** A grid field of a plan year. */
export type YearField = keyof YearInput;

/** The outcome of an edit that is validated against the scenario format. */
/** An edit stored, or refused with its issues (lines, and as data for naming the fields: field-names.ts). */
export type EditResult = { ok: true } | { ok: false; issues: string[]; found?: readonly IssueFound[] };

export interface ScenarioSlice {
  /**
   * The planner's current scenario: inputs only, results are derived by selectors. Always the
   * `scenario` of the entry `currentId` in `scenarios` (every action writes both at once).
   */
  readonly scenario: Scenario;
  /** Plan years after the horizon, kept so that growing the horizon back restores them. */
  readonly shelvedYears: readonly YearInput[];
  setMunicipality: (code: string) => void;
  setStartYear: (year: number) => void;
  setHorizon: (years: number) => void;
  /** Sets one field of one plan year; a value that is not a whole number ≥ 0 is ignored. */
  setYearField: (yearIndex: number, field: YearField, value: number | null) => void;
  /** Splits a total of persons into single adults, adults in families and children. */
  splitTotal: (yearIndex: number, total: number) => void;
  /**
   * Any edit of the current scenario, as a pure change. The result is validated against the
   * scenario format; an invalid result changes nothing and returns the issues.
   */
  editScenario: (change: (scenario: Scenario) => Scenario) => EditResult;
}

/** One of the planner's scenarios, with the plan years it keeps beyond its horizon and its saved versions. */
export interface ScenarioEntry {
  readonly id: string;
  readonly scenario: Scenario;
  readonly shelvedYears: readonly YearInput[];
  /** Saved versions, oldest first (absent: none yet). */
  readonly versions?: readonly SavedVersion[];
}

/** A deleted scenario and where it stood in the list, so that it can be put back. */
export interface DeletedScenario {
  readonly entry: ScenarioEntry;
  readonly index: number;
  /** It was the baseline when deleted. */
  readonly wasBaseline: boolean;
}

export interface ScenarioListSlice {
  readonly scenarios: readonly ScenarioEntry[];
  readonly currentId: string;
  /** The scenario others are compared with; null once the baseline is deleted. */
  readonly baselineId: string | null;
  /** A new, empty scenario for the current municipality; it becomes current. Returns its id. */
  createScenario: (name: string) => string;
  /** A copy of a scenario under a new name; it becomes current. Null for an unknown id. */
  duplicateScenario: (id: string, name: string) => string | null;
  renameScenario: (id: string, name: string) => EditResult;
  /** Deletes a scenario (never the last one); returns what is needed to put it back. */
  deleteScenario: (id: string) => DeletedScenario | null;
  /** Puts a deleted scenario back where it was (no-op if it is back already). */
  restoreScenario: (deleted: DeletedScenario) => void;
  switchScenario: (id: string) => void;
  setBaseline: (id: string) => void;
  /**
   * Adds a scenario read from a file (or a shared link) as a new one, never overwriting; it
   * becomes current. From a file, it brings the file's versions, and the scenario as read is
   * saved as an automatic version (`imported`: the file's name and the time).
   */
  addScenario: (scenario: Scenario, imported?: ImportedFile) => string;
}

/** What a scenario read from a file brings besides itself. */
export interface ImportedFile {
  readonly fileName: string;
  readonly versions: readonly SavedVersion[];
  readonly now: Date;
}

/** A version saved, or why not: too many saved already (VERSION_LIMITS.manual), or a note too long. */
export type SaveVersionResult = { ok: true; version: SavedVersion } | { ok: false; reason: 'limit' | 'note' };

/** Saved versions of the current scenario (README "Saved versions"); each action is one undo step. */
export interface VersionSlice {
  /** Saves the current scenario's inputs as a version with `note`, at `now`. */
  saveVersion: (note: string, now: Date) => SaveVersionResult;
  /**
   * Makes a version's inputs the current scenario's (its name stays), after saving the current
   * inputs as an automatic version unless a version holds them already. False for an unknown id.
   */
  restoreVersion: (versionId: string, now: Date) => boolean;
  /** Deletes a version of the current scenario; returns it, or null for an unknown id. */
  deleteVersion: (versionId: string) => SavedVersion | null;
}

export interface UiChoices {
  readonly locale: Locale;
  /** Show budget lines that are zero in every year. */
  readonly showZeroLines: boolean;
}

/** What the app could not restore from storage, and where the original text was kept. */
export interface StorageNotice {
  /**
   * The localStorage key under which the stored text was kept as it was; null when it could
   * not be written (storage full): then the stored state is left as it was and not saved over.
   */
  readonly keptUnder: string | null;
  /** The text kept, for the planner to download. */
  readonly text: string;
  /** The scenarios dropped from the list (their names, where they could be read). */
  readonly dropped: readonly { readonly position: number; readonly name: string | null }[];
  /** The problems found, as data: the notice says them in the planner's language (report/stored-issues.ts). */
  readonly issues: readonly StoredIssue[];
  /** Saved versions left out (damaged), their scenarios restored. */
  readonly versionsDropped?: number;
}

export interface UiSlice {
  readonly ui: UiChoices;
  readonly storageNotice: StorageNotice | null;
  /** False while the browser refuses to keep the state (storage full or blocked). */
  readonly storageWritable: boolean;
  /**
   * True while saving is held back so as not to overwrite damaged stored text that could not
   * be kept aside (its only copy is the stored state).
   */
  readonly storageHeld: boolean;
  /**
   * The sections of inputs under the grid that are open: kept while the app is open, so that
   * leaving the plan and coming back finds them (and any refused entry in them) as they were.
   */
  readonly openSections: readonly string[];
  setOpenSections: (sections: readonly string[]) => void;
  setShowZeroLines: (show: boolean) => void;
  setLocale: (locale: Locale) => void;
  dismissStorageNotice: () => void;
}

export interface ReferenceSlice {
  readonly reference: ReferenceState;
  setReferenceLoading: () => void;
  /** The result of loading the app's static files (served). */
  setReferenceResult: (result: ReferenceLoadResult) => void;
  /** The bundled copy, used because the served files failed for `reason`. */
  setReferenceBundled: (result: ReferenceLoadResult, reason: ReferenceFallbackReason, errors: readonly string[]) => void;
}

export type AppState = ScenarioSlice & ScenarioListSlice & VersionSlice & DraftSlice & UiSlice & ReferenceSlice;

/** The part of the state kept in localStorage (version 2). */
export interface PersistedState {
  readonly scenarios: readonly ScenarioEntry[];
  readonly currentId: string;
  readonly baselineId: string | null;
  readonly ui: UiChoices;
  /** The council draft's edits by scenario id (absent in a state stored before they were kept here). */
  readonly draftEdits?: CouncilDraftEdits;
}

/** The part of the state that undo and redo restore: the scenarios and which is current. */
export type HistoryState = Pick<AppState, 'scenarios' | 'currentId' | 'baselineId' | 'scenario' | 'shelvedYears'>;
