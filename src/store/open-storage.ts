import { createStore } from 'idb-keyval';
import { CHANNEL_NAME, openMirroredStorage, type MirroredStorage } from './idb-storage';
import { migrateLocalStorage } from './migrate-local';
import { keepUnsavedOnHide, takeInUnsaved } from './unsaved';
import { DB_NAME, DB_STORE } from './idb-names';

/**
 * The app's storage in IndexedDB, with what localStorage held moved into it on the first
 * start; null where IndexedDB is missing or fails to open or to take the data in: the app then
 * runs on localStorage as before (and on memory where that too is refused).
 */
export async function openAppStorage(): Promise<MirroredStorage | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const idb = createStore(DB_NAME, DB_STORE);
    const local = localStorageOrNull();
    if (local !== null) {
      await migrateLocalStorage(idb, local);
      // What a closed tab could not write in time; left for a later start if this fails.
      await takeInUnsaved(idb, local).catch(() => undefined);
    }
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    const mirror = await openMirroredStorage(idb, channel);
    if (local === null || typeof globalThis.addEventListener !== 'function') return mirror;
    const stopKeeping = keepUnsavedOnHide(mirror, local, globalThis);
    // Closed, it no longer keeps writes on pagehide either.
    return {
      ...mirror,
      close: () => {
        stopKeeping();
        mirror.close();
      },
    };
  } catch {
    return null;
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep the app's storage when it runs short of space (it may ask the
 * planner, or decide by itself); where it cannot be asked, nothing happens.
 */
export function requestPersistentStorage(): void {
  try {
    void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
  } catch {
    // Not offered by this browser.
  }
}
