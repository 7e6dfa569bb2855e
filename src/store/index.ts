/** The app store: slices, selectors and the React bindings. */
export { createAppStore, type AppStore, type AppStoreOptions } from './create-app-store';
export { StoreProvider, useAppStore, useAppStoreApi, useHistory } from './store-context';
export {
  selectCurrentVersions,
  selectEditions,
  selectHorizon,
  selectMunicipalities,
  municipalityIndex,
  projectionOf,
  selectMunicipality,
  selectProjection,
  selectProjectionRange,
  rangeOf,
  selectReferenceSource,
  selectScenarioNames,
  selectScenarioSummaries,
  selectYearTotal,
  type ScenarioName,
  type ScenarioSummary,
} from './selectors';
export { DAMAGED_KEY, STORAGE_KEY, STORE_VERSION } from './persistence';
export { openAppStorage, requestPersistentStorage } from './open-storage';
export { HISTORY_LIMIT } from './history';
export { LEGACY_DRAFT_EDITS_KEY, type ScenarioEdits, type SectionEdit } from './draft-edits';
export { HORIZON_DEFAULT, HORIZON_MAX, HORIZON_MIN, NO_MUNICIPALITY, START_YEAR_MAX, START_YEAR_MIN } from './limits';
export { splitWhole, splitByDefault } from './split';
export type {
  AppState,
  DeletedScenario,
  EditResult,
  ReferenceFallbackReason,
  ReferenceState,
  ScenarioEntry,
  StorageNotice,
  UiChoices,
  YearField,
} from './state';
