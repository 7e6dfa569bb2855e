/** The app store: slices, selectors and the React bindings. */
export { createAppStore, type AppStore, type AppStoreOptions } from './create-app-store';
export { StoreProvider, useAppStore, useAppStoreApi } from './store-context';
export {
  selectEditions,
  selectHorizon,
  selectMunicipalities,
  selectMunicipality,
  selectProjection,
  selectYearTotal,
} from './selectors';
export { DAMAGED_KEY, STORAGE_KEY, STORE_VERSION } from './persistence';
export { HORIZON_DEFAULT, HORIZON_MAX, HORIZON_MIN, NO_MUNICIPALITY, START_YEAR_MAX, START_YEAR_MIN } from './limits';
export { splitWhole, splitByDefault } from './split';
export type { AppState, ReferenceState, StorageNotice, UiChoices, YearField } from './state';
