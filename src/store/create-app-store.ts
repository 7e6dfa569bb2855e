import { createStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { persistOptions, type SyncStorage } from './persistence';
import { createReferenceSlice } from './reference-slice';
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
 * The app's one store, made of slices (scenario, UI choices, reference data), persisted to
 * storage with a version, a migration and a validating merge. A factory, not a module
 * singleton, so that tests and a page reload can create it afresh from storage.
 */
export function createAppStore({ today, storage = localStorage }: AppStoreOptions) {
  return createStore<AppState>()(
    persist(
      (...a) => ({
        ...createScenarioSlice(today)(...a),
        ...createUiSlice(...a),
        ...createReferenceSlice(...a),
      }),
      persistOptions(storage),
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
