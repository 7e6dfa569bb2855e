import type { CheckedStorage, SyncStorage } from './persistence';

/** Storage kept in memory, for a browser that refuses localStorage (the app still opens). */
export function memoryStorage(): SyncStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** localStorage, or memory where the browser refuses it (blocked cookies, some private modes). */
export function browserStorage(): { storage: SyncStorage; available: boolean } {
  try {
    const storage = globalThis.localStorage;
    storage.getItem('bosettingsplan');
    return { storage, available: true };
  } catch {
    return { storage: memoryStorage(), available: false };
  }
}

/** sessionStorage (this tab's own), or memory where the browser refuses it. */
export function tabStorage(): SyncStorage {
  try {
    const storage = globalThis.sessionStorage;
    storage.getItem('bosettingsplan:open');
    return storage;
  } catch {
    return memoryStorage();
  }
}

/**
 * The storage with writes that never throw: a full or refused storage reports `false` to
 * `onWrite` (and `true` once a write succeeds again), so the app can say that its changes are
 * not being kept, instead of an edit failing half-way. Each write also returns whether it was
 * kept, so that nothing is claimed as kept that was not.
 */
export function reportingStorage(backing: SyncStorage, onWrite: (ok: boolean) => void): CheckedStorage {
  return {
    getItem: (key) => {
      try {
        return backing.getItem(key);
      } catch {
        return null;
      }
    },
    setItem: (key, value) => {
      try {
        backing.setItem(key, value);
        onWrite(true);
        return true;
      } catch {
        onWrite(false);
        return false;
      }
    },
    removeItem: (key) => {
      try {
        backing.removeItem(key);
      } catch {
        // Nothing to keep: removing is never needed for the planner's data.
      }
    },
  };
}
