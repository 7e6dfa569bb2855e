import type { SyncStorage } from './persistence';

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

/**
 * The storage with writes that never throw: a full or refused storage reports `false` to
 * `onWrite` (and `true` once a write succeeds again), so the app can say that its changes are
 * not being kept, instead of an edit failing half-way.
 */
export function reportingStorage(backing: SyncStorage, onWrite: (ok: boolean) => void): SyncStorage {
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
      } catch {
        onWrite(false);
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
