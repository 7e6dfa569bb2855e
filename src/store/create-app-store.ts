import { temporal } from 'zundo';
import { createStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { historyOptions } from './history';
import { persistOptions, type SyncStorage } from './persistence';
import { browserStorage, reportingStorage } from './safe-storage';
import { createReferenceSlice } from './reference-slice';
import { createScenarioListSlice } from './scenario-list-slice';
import { createScenarioSlice } from './scenario-slice';
import type { AppState } from './state';
import { createUiSlice } from './ui-slice';

export interface AppStoreOptions {
  /** Today, for the first plan year of a new scenario (time is an input, STYLE.md habit 2). */
  readonly today: Date;
  /** Where the state is kept between visits; localStorage by default. */
  readonly storage?: SyncStorage;
}

/**
 * The app's one store, made of slices (scenarios, UI choices, reference data), with undo
 * (zundo's `temporal`) inside `persist`: so restoring from storage is not an undo step, and an
 * undone or redone step is saved like any edit. A factory, not a module singleton, so that
 * tests and a page reload can create it afresh from storage.
 */
export function createAppStore({ today, storage }: AppStoreOptions) {
  const browser = storage === undefined ? browserStorage() : { storage, available: true };
  let writable = true;
  let tell: (ok: boolean) => void = () => undefined;
  // Writes happen inside `set`: the flag is set after it, so a failed write never fails an edit.
  // Without browser storage the state is kept in memory only, and the flag stays false.
  const onWrite = (ok: boolean) => {
    if (browser.available && ok !== writable) {
      writable = ok;
      queueMicrotask(() => tell(ok));
    }
  };
  const store = createStore<AppState>()(
    persist(
      temporal(
        (...a) => ({
          ...createScenarioListSlice(today)(...a),
          ...createScenarioSlice(...a),
          ...createUiSlice(...a),
          ...createReferenceSlice(...a),
        }),
        historyOptions,
      ),
      persistOptions(reportingStorage(browser.storage, onWrite)),
    ),
  );
  tell = (ok) => store.setState({ storageWritable: ok });
  if (!browser.available) store.setState({ storageWritable: false });
  // What was restored from storage is where the history starts.
  store.temporal.getState().clear();
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
