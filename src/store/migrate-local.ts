import { getMany, type UseStore } from 'idb-keyval';
import { DAMAGED_KEY, STORAGE_KEY, type SyncStorage } from './persistence';
import { UNSAVED_PREFIX } from './unsaved';

/** The keys of the app's data in localStorage: the state and every copy of damaged text. */
function appKeys(local: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < local.length; i += 1) {
    const key = local.key(i);
    if (key !== null && (key === STORAGE_KEY || key === DAMAGED_KEY || key.startsWith(`${DAMAGED_KEY}:`))) keys.push(key);
  }
  return keys;
}

/**
 * Moves the app's data from localStorage into IndexedDB on the first start that has it: when
 * IndexedDB holds no state yet, every key of the app's (the state and each copy of damaged
 * text, as they are, damaged or not) is copied in one transaction; only once that has
 * completed and reads back equal are they removed from localStorage. Rejects, leaving
 * localStorage as it was, when the copy fails; the app then runs on localStorage.
 */
export async function migrateLocalStorage(idb: UseStore, local: Storage & SyncStorage): Promise<void> {
  const keys = appKeys(local);
  if (keys.length === 0) return;
  const copied = keys.map((key) => [key, local.getItem(key)] as const).filter((e): e is readonly [string, string] => e[1] !== null);
  const wrote = await idb('readwrite', (store) => {
    const tx = store.transaction;
    return new Promise<boolean>((resolve, reject) => {
      let write = false;
      tx.oncomplete = () => resolve(write);
      tx.onabort = () => reject(tx.error ?? new DOMException('The copy was aborted.', 'AbortError'));
      const request = store.get(STORAGE_KEY);
      // Another tab that has moved the data already (or saved since) keeps its state.
      request.onsuccess = () => {
        if (request.result !== undefined) return;
        write = true;
        try {
          for (const [key, value] of copied) store.put(value, key);
        } catch (error) {
          tx.abort();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
    });
  });
  if (!wrote) return keepNewerLocalState(local);
  const back = await getMany(copied.map(([key]) => key), idb);
  if (!copied.every(([, value], i) => back[i] === value)) throw new Error('The copy in IndexedDB does not read back equal.');
  for (const [key] of copied) local.removeItem(key);
}


/**
 * IndexedDB holds the state already, and localStorage holds one too: saved after the move by a
 * tab still running an earlier version of the app (or by this app while IndexedDB could not be
 * opened). It is handed to `takeInUnsaved` like a closed tab's unsaved writes, so that it is
 * merged with the state in IndexedDB (scenarios of both kept; one changed in both is kept
 * twice, never lost) instead of lying unseen in localStorage; it leaves localStorage's state
 * key only once handed over.
 */
function keepNewerLocalState(local: Storage & SyncStorage): void {
  const text = local.getItem(STORAGE_KEY);
  if (text === null) return;
  try {
    local.setItem(`${UNSAVED_PREFIX}local-${Date.now().toString(36)}`, JSON.stringify([[STORAGE_KEY, text, null]]));
    local.removeItem(STORAGE_KEY);
  } catch {
    // Storage full: the state stays where it is, for a later start.
  }
}
