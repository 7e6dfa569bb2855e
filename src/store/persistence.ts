import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeWithStored } from './merge-tabs';
import { isRecord } from '../lib/is-record';
import { restoreState, type KeptText } from './restore';
import { syncBase } from './sync-base';
import { readTab, writeTab } from './tab-storage';
import type { AppState, PersistedState, StorageNotice } from './state';

/** The localStorage key of the app's state, and where damaged text is kept aside. */
export const STORAGE_KEY = 'bosettingsplan';
export const DAMAGED_KEY = 'bosettingsplan:damaged';
/** 1: one scenario (`scenario`, `shelvedYears`, `ui`). 2: a list of scenarios. */
export const STORE_VERSION = 2;

/** The synchronous part of the Web Storage API the store needs. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage whose writes never throw but say whether they were kept (`false`: full or refused). */
export interface CheckedStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => boolean;
  removeItem: (key: string) => void;
  /**
   * For storage that writes later (IndexedDB through a mirror): whether `value` has reached it
   * under `key`, and a call for each write that has. Without it, a write that returned true is kept.
   */
  readonly durable?: {
    readonly isKept: (key: string, value: string) => boolean;
    readonly onKept: (listener: () => void) => void;
  };
}

/** What the persistence layer tells the store besides the state it restores. */
export interface PersistenceEvents {
  /** Damaged text that could not be kept aside earlier has now been kept under `key`. */
  readonly onKeptLater?: (key: string) => void;
  /**
   * False while saves are refused because the only copy of damaged text is the stored state
   * itself (it could not be kept aside); true once it has been kept and saves go on.
   */
  readonly onHeld?: (held: boolean) => void;
  /**
   * A save was merged with another tab's that this tab had not read back yet: the stored state
   * now holds more than this tab does, so it should read it back.
   */
  readonly onMerged?: () => void;
}

/**
 * A free key for damaged text: DAMAGED_KEY, or `…:2`, `…:3` when earlier damaged text is kept
 * there already, so that text kept on an earlier visit is never overwritten.
 */
function freeDamagedKey(backing: CheckedStorage, text: string): string {
  for (let n = 1; ; n += 1) {
    const key = n === 1 ? DAMAGED_KEY : `${DAMAGED_KEY}:${n}`;
    const held = backing.getItem(key);
    if (held === null || held === text) return key;
  }
}

/**
 * JSON storage that remembers the raw text it read, so that `merge` can keep it aside if it
 * proves damaged. Text that is not JSON, or not a stored state at all, is kept aside at once.
 *
 * The only copy is never overwritten: when the damaged text cannot be kept aside (storage
 * full), `keepDamaged` says so (`key: null`) and every save of the state is refused, leaving
 * the damaged original where it is, until a later save manages to keep the copy first.
 */
function rawTextStorage(backing: CheckedStorage, tab: SyncStorage, events: PersistenceEvents) {
  let lastRead: string | null = null;
  let kept: KeptText | null = null;
  let unreadable = false;
  /** Damaged text whose only copy is the stored state: saves are refused while it is set. */
  let held: string | null = null;
  const isKept = (key: string, text: string) => backing.durable?.isKept(key, text) ?? true;
  const base = syncBase((text) => isKept(STORAGE_KEY, text));
  /** The key damaged text is kept under, or null while it is not (yet) kept. */
  const tryKeep = (text: string): string | null => {
    const key = freeDamagedKey(backing, text);
    return backing.setItem(key, text) && isKept(key, text) ? key : null;
  };
  /** Saving goes on once the held text is kept: over durable storage, when its write completes. */
  const release = (key: string) => {
    held = null;
    if (kept !== null) kept = { ...kept, key };
    events.onKeptLater?.(key);
    events.onHeld?.(false);
  };
  backing.durable?.onKept(() => {
    base.confirm();
    if (held === null) return;
    const key = freeDamagedKey(backing, held);
    if (backing.getItem(key) === held && isKept(key, held)) release(key);
  });
  const keepDamaged = (): KeptText | null => {
    if (kept === null && lastRead !== null) {
      kept = { key: tryKeep(lastRead), text: lastRead };
      if (kept.key === null && held === null) {
        held = lastRead;
        events.onHeld?.(true);
      }
    }
    return kept;
  };
  const storage: PersistStorage<PersistedState> = {
    getItem: (name) => {
      lastRead = backing.getItem(name);
      kept = null;
      unreadable = false;
      if (held !== null && lastRead !== held) {
        // Another tab has replaced the held text (so it is no longer here to protect).
        held = null;
        events.onHeld?.(false);
      }
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
    setItem: (name, value) => {
      writeTab(tab, value.state.currentId);
      if (held !== null) {
        const key = tryKeep(held);
        if (key === null) return;
        release(key);
      }
      const merged = mergeIfChanged(name, value);
      if (merged !== value) writeTab(tab, merged.state.currentId);
      const text = JSON.stringify(merged);
      if (!backing.setItem(name, text)) return;
      base.record(merged === value ? text : null, value.state);
      if (merged !== value) events.onMerged?.();
    },
    removeItem: (name) => backing.removeItem(name),
  };
  /**
   * The value to write: `value` itself, or, when another tab has saved since this tab last
   * read or wrote (its storage event not yet handled), `value` merged with that save.
   */
  const mergeIfChanged = (name: string, value: StorageValue<PersistedState>): StorageValue<PersistedState> => {
    const synced = base.state();
    if (synced === null) return value;
    const now = backing.getItem(name);
    if (now === null || base.isOwn(now)) return value;
    let theirs: unknown;
    try {
      theirs = JSON.parse(now);
    } catch {
      return value;
    }
    if (!isRecord(theirs) || theirs.version !== STORE_VERSION) return value;
    return { ...value, state: mergeWithStored(value.state, synced, theirs.state) };
  };
  /** After reading back: the text read and the state restored from it are what this tab holds. */
  const setSynced = (state: PersistedState) => base.record(lastRead, state);
  return { storage, keepDamaged, unreadable: () => unreadable, setSynced };
}

const persisted = ({ scenarios, currentId, baselineId, ui, draftEdits }: AppState): PersistedState => ({ scenarios, currentId, baselineId, ui, draftEdits });

/**
 * Version 1 held one scenario; version 2 holds a list. A stored version 1 opens as a list of
 * one, current and baseline. Anything else passes on as it is: `merge` validates it.
 */
export function migrate(persisted: unknown): unknown {
  if (!isRecord(persisted) || 'scenarios' in persisted || !('scenario' in persisted)) return persisted;
  const { scenario, shelvedYears, ui } = persisted;
  return { scenarios: [{ id: 's1', scenario, shelvedYears }], currentId: 's1', baselineId: 's1', ui };
}

/** The notice for stored text kept aside whole (`kind` says why): nothing was read from it, so nothing is listed as dropped. */
const keptNotice = (kept: KeptText, kind: 'notRead' | 'notState'): StorageNotice => ({ keptUnder: kept.key, text: kept.text, dropped: [], issues: [{ kind }] });

/**
 * The `persist` options of the app store, over the given storage (localStorage in the app) and
 * the tab's own storage (sessionStorage), which remembers the scenario open in this tab.
 */
export function persistOptions(
  backing: CheckedStorage,
  tab: SyncStorage,
  events: PersistenceEvents = {},
): PersistOptions<AppState, PersistedState> {
  const raw = rawTextStorage(backing, tab, events);
  return {
    name: STORAGE_KEY,
    version: STORE_VERSION,
    storage: raw.storage,
    partialize: persisted,
    // The result is not yet trusted: `merge` validates every part of it.
    migrate: (persisted) => migrate(persisted) as PersistedState,
    merge: (stored, current) => {
      let restored: AppState;
      try {
        restored = restoreState(stored, current, raw.keepDamaged, readTab(tab));
      } catch (error) {
        // A fault in reading a stored state must not cost the state: it is kept aside (or, where
        // it cannot be, held, so that no save overwrites it) and the app starts afresh, saying so.
        console.error('Bosettingsplan: the stored state could not be read', error);
        const kept = raw.keepDamaged();
        if (kept === null) return current;
        return { ...current, storageNotice: keptNotice(kept, 'notRead') };
      }
      raw.setSynced(persisted(restored));
      // Text that was not even a stored state was kept aside in getItem: say so too.
      const kept = stored === undefined && raw.unreadable() ? raw.keepDamaged() : null;
      if (kept !== null) return { ...restored, storageNotice: keptNotice(kept, 'notState') };
      return restored;
    },
  };
}
