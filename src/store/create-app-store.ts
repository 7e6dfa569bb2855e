import { temporal } from 'zundo';
import { createStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { historyOptions } from './history';
import type { MirroredStorage } from './idb-storage';
import { persistOptions, type SyncStorage } from './persistence';
import { browserStorage, memoryStorage, reportingStorage, tabStorage } from './safe-storage';
import { createReferenceSlice } from './reference-slice';
import { createScenarioListSlice } from './scenario-list-slice';
import { createScenarioSlice } from './scenario-slice';
import { createDraftSlice } from './draft-edits';
import type { AppState } from './state';
import { createUiSlice } from './ui-slice';
import { createVersionSlice } from './version-slice';

export interface AppStoreOptions {
  /** Today, for the first plan year of a new scenario (time is an input: nothing below the app reads the clock). */
  readonly today: Date;
  /** Where the state is kept between visits: IndexedDB through its mirror (see `openAppStorage`). */
  readonly mirror?: MirroredStorage | null;
  /** Where the state is kept without a mirror; localStorage by default (memory where it is refused). */
  readonly storage?: SyncStorage;
  /** This tab's own storage, which remembers the scenario open in it; sessionStorage by default. */
  readonly tabStorage?: SyncStorage;
}

/**
 * The app's one store, made of slices (scenarios, UI choices, reference data), with undo
 * (zundo's `temporal`) inside `persist`: so restoring from storage is not an undo step, and an
 * undone or redone step is saved like any edit. A factory, not a module singleton, so that
 * tests and a page reload can create it afresh from storage.
 */
export function createAppStore({ today, mirror = null, storage, tabStorage: tab }: AppStoreOptions) {
  const browser = mirror !== null || storage !== undefined ? { storage, available: true } : browserStorage();
  let writable = true;
  let held = false;
  // Until the store exists (restoring from storage happens while it is created), changes are
  // only recorded here; afterwards they are told to the store after the write that found them.
  let tell: (patch: Partial<AppState>) => void = () => undefined;
  const later = (patch: Partial<AppState>) => queueMicrotask(() => tell(patch));
  // Writes happen inside `set`: the flag is set after it, so a failed write never fails an edit.
  // Without browser storage the state is kept in memory only, and the flag stays false.
  const onWrite = (ok: boolean) => {
    if (browser.available && ok !== writable) {
      writable = ok;
      later({ storageWritable: ok });
    }
  };
  const events = {
    onHeld: (isHeld: boolean) => {
      held = isHeld;
      later({ storageHeld: isHeld });
    },
    onKeptLater: (key: string) =>
      later({ storageNotice: keptNotice(store.getState().storageNotice, key) }),
    // As when another tab's save is read back (use-storage-sync): the history starts afresh,
    // since undoing past this point would bring back a state without the other tab's work.
    onMerged: () =>
      queueMicrotask(() => {
        void Promise.resolve(store.persist.rehydrate()).then(() => store.temporal.getState().clear());
      }),
  };
  // The mirror tells its writes once they have completed (connected below); localStorage, or
  // memory where it is refused, tells each write at once.
  const backing = mirror?.storage ?? reportingStorage(browser.storage ?? memoryStorage(), onWrite);
  const store = createStore<AppState>()(
    persist(
      temporal(
        (...a) => ({
          ...createScenarioListSlice(today)(...a),
          ...createScenarioSlice(...a),
          ...createVersionSlice(...a),
          ...createDraftSlice(...a),
          ...createUiSlice(...a),
          ...createReferenceSlice(...a),
        }),
        historyOptions,
      ),
      persistOptions(backing, tab ?? tabStorage(), events),
    ),
  );
  tell = (patch) => store.setState(patch);
  // Another tab wrote first: what it wrote is in the mirror now, and saving again merges with it.
  mirror?.connect({ onWrite, onConflict: () => store.setState({}) });
  const found = { storageWritable: browser.available && writable, storageHeld: held };
  if (!found.storageWritable || found.storageHeld) store.setState(found);
  // What was restored from storage is where the history starts.
  store.temporal.getState().clear();
  return Object.assign(store, { onStoredElsewhere: storedElsewhere(mirror) });
}

/**
 * Subscribes to another tab's saves having been read into this tab's storage (over
 * IndexedDB); over localStorage the browser's `storage` event tells the same (use-storage-sync).
 */
function storedElsewhere(mirror: MirroredStorage | null) {
  return (listener: () => void): (() => void) => mirror?.connect({ onRemote: listener }) ?? (() => undefined);
}

/** The notice once damaged text that could not be kept aside has been kept under `key`. */
function keptNotice(notice: AppState['storageNotice'], key: string): AppState['storageNotice'] {
  return notice !== null && notice.keptUnder === null ? { ...notice, keptUnder: key } : notice;
}

export type AppStore = ReturnType<typeof createAppStore>;
