import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { isRecord, restoreState, type KeptText } from './restore';
import type { AppState, PersistedState } from './state';

/** The localStorage key of the app's state, and where damaged text is kept aside. */
export const STORAGE_KEY = 'bosettingsplan';
export const DAMAGED_KEY = 'bosettingsplan:damaged';
/** 1: one scenario (`scenario`, `shelvedYears`, `ui`). 2: a list of scenarios. */
export const STORE_VERSION = 2;

/** The synchronous part of the Web Storage API the store needs. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A free key for damaged text: DAMAGED_KEY, or `…:2`, `…:3` when earlier damaged text is kept
 * there already, so that text kept on an earlier visit is never overwritten.
 */
function freeDamagedKey(backing: SyncStorage, text: string): string {
  for (let n = 1; ; n += 1) {
    const key = n === 1 ? DAMAGED_KEY : `${DAMAGED_KEY}:${n}`;
    const held = backing.getItem(key);
    if (held === null || held === text) return key;
  }
}

/**
 * JSON storage that remembers the raw text it read, so that `merge` can keep it aside if it
 * proves damaged. Text that is not JSON, or not a stored state at all, is kept aside at once.
 */
function rawTextStorage(backing: SyncStorage) {
  let lastRead: string | null = null;
  let kept: KeptText | null = null;
  let unreadable = false;
  const keepDamaged = (): KeptText | null => {
    if (kept === null && lastRead !== null) {
      kept = { key: freeDamagedKey(backing, lastRead), text: lastRead };
      backing.setItem(kept.key, lastRead);
    }
    return kept;
  };
  const storage: PersistStorage<PersistedState> = {
    getItem: (name) => {
      lastRead = backing.getItem(name);
      kept = null;
      unreadable = false;
      if (lastRead === null) return null;
      try {
        const value: unknown = JSON.parse(lastRead);
        // Only the envelope is checked here; `merge` validates the state inside it.
        if (isRecord(value) && 'state' in value) return value as StorageValue<PersistedState>;
      } catch {
        // Not JSON: kept aside below, and the app starts afresh.
      }
      unreadable = true;
      keepDamaged();
      return null;
    },
    setItem: (name, value) => backing.setItem(name, JSON.stringify(value)),
    removeItem: (name) => backing.removeItem(name),
  };
  return { storage, keepDamaged, unreadable: () => unreadable };
}

/**
 * Version 1 held one scenario; version 2 holds a list. A stored version 1 opens as a list of
 * one, current and baseline. Anything else passes on as it is: `merge` validates it.
 */
export function migrate(persisted: unknown): unknown {
  if (!isRecord(persisted) || 'scenarios' in persisted || !('scenario' in persisted)) return persisted;
  const { scenario, shelvedYears, ui } = persisted;
  return { scenarios: [{ id: 's1', scenario, shelvedYears }], currentId: 's1', baselineId: 's1', ui };
}

/** The `persist` options of the app store, over the given storage (localStorage in the app). */
export function persistOptions(backing: SyncStorage): PersistOptions<AppState, PersistedState> {
  const raw = rawTextStorage(backing);
  return {
    name: STORAGE_KEY,
    version: STORE_VERSION,
    storage: raw.storage,
    partialize: ({ scenarios, currentId, baselineId, ui }) => ({ scenarios, currentId, baselineId, ui }),
    // The result is not yet trusted: `merge` validates every part of it.
    migrate: (persisted) => migrate(persisted) as PersistedState,
    merge: (persisted, current) => {
      const restored = restoreState(persisted, current, raw.keepDamaged);
      // Text that was not even a stored state was kept aside in getItem: say so too.
      const kept = persisted === undefined && raw.unreadable() ? raw.keepDamaged() : null;
      if (kept !== null) {
        return { ...restored, storageNotice: { keptUnder: kept.key, text: kept.text, dropped: [], issues: ['the stored text is not a stored state'] } };
      }
      return restored;
    },
  };
}
