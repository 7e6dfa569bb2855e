import type { Scenario, YearInput } from '../engine';
import type { Locale } from '../i18n';
import type { ReferenceBundle, ReferenceLoadResult } from '../reference/load';

/** Reference data as the app holds it while and after loading. Never persisted. */
export type ReferenceState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly bundle: ReferenceBundle }
  | { readonly status: 'error'; readonly errors: readonly string[] };

/** A grid field of a plan year. */
export type YearField = keyof YearInput;

export interface ScenarioSlice {
  /** The planner's current scenario: inputs only, results are derived by selectors. */
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
  editScenario: (change: (scenario: Scenario) => Scenario) => { ok: true } | { ok: false; issues: string[] };
}

export interface UiChoices {
  readonly locale: Locale;
  /** Show budget lines that are zero in every year. */
  readonly showZeroLines: boolean;
}

/** What the app could not restore from storage, and where the original text was kept. */
export interface StorageNotice {
  readonly keptUnder: string;
  readonly issues: readonly string[];
}

export interface UiSlice {
  readonly ui: UiChoices;
  readonly storageNotice: StorageNotice | null;
  setShowZeroLines: (show: boolean) => void;
  setLocale: (locale: Locale) => void;
  dismissStorageNotice: () => void;
}

export interface ReferenceSlice {
  readonly reference: ReferenceState;
  setReferenceLoading: () => void;
  setReferenceResult: (result: ReferenceLoadResult) => void;
}

export type AppState = ScenarioSlice & UiSlice & ReferenceSlice;

/** The part of the state kept in localStorage. */
export interface PersistedState {
  readonly scenario: Scenario;
  readonly shelvedYears: readonly YearInput[];
  readonly ui: UiChoices;
}
