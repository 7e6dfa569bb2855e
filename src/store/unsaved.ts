import type { UseStore } from 'idb-keyval';
import type { MirroredStorage } from './idb-storage';
import { mergeWithStored } from './merge-tabs';
import { STORAGE_KEY, STORE_VERSION } from './persistence';
import { isRecord } from '../lib/is-record';
import type { PersistedState } from './state';

/** The localStorage key prefix of a closed tab's writes that had not reached IndexedDB. */
export const UNSAVED_PREFIX = 'bosettingsplan:unsaved:';

type Entry = [key: string, text: string | null, base: string | null];

/**
 * A write to IndexedDB takes a moment, and a page closed or reloaded meanwhile loses it. So
 * when the page is hidden for good (`pagehide`), this tab's writes that have not reached
 * IndexedDB are written to localStorage, which is synchronous, under a key of this tab's own;
 * they are taken in on the next start (`takeInUnsaved`), and the key is removed once a later
 * write of this tab's has reached IndexedDB after all. Returns a function that stops watching.
 */
export function keepUnsavedOnHide(mirror: MirroredStorage, local: Storage, target: EventTarget): () => void {
  const key = `${UNSAVED_PREFIX}${globalThis.crypto?.randomUUID?.() ?? String(Date.now())}`;
  let written = false;
  const onHide = () => {
    const entries = mirror.unconfirmed();
    if (entries.length === 0) return;
    try {
      local.setItem(key, JSON.stringify(entries));
      written = true;
    } catch {
      // Storage full or refused: nothing more can be done as the page closes.
    }
  };
  target.addEventListener('pagehide', onHide);
  const disconnect = mirror.connect({
    onWrite: (ok) => {
      if (!ok || !written || mirror.unconfirmed().length > 0) return;
      local.removeItem(key);
      written = false;
    },
  });
  return () => {
    target.removeEventListener('pagehide', onHide);
    disconnect();
  };
}

const isText = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isEntry = (value: unknown): value is Entry => Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && isText(value[1]) && isText(value[2]);

const parse = (text: string | null): { state: PersistedState } | null => {
  try {
    const value: unknown = text === null ? null : JSON.parse(text);
    return isRecord(value) && value.version === STORE_VERSION && isRecord(value.state) ? (value as { state: PersistedState }) : null;
  } catch {
    return null;
  }
};

/**
 * Without the state the writer last knew: the scenarios both states hold alike stand for it, so
 * that those are kept once and every other one of either state is kept (one changed in both,
 * twice).
 */
function commonBase(ours: PersistedState, theirs: PersistedState): PersistedState {
  const held = new Set((Array.isArray(theirs.scenarios) ? (theirs.scenarios as unknown[]) : []).map((e) => JSON.stringify(e)));
  const scenarios = Array.isArray(ours.scenarios) ? ours.scenarios.filter((e) => held.has(JSON.stringify(e))) : [];
  return { ...ours, scenarios, draftEdits: {} };
}

/** The closed tab's state merged with what another tab stored since, or null when either cannot be read. */
function mergedText(ours: string | null, base: string | null, theirs: string | null): string | null {
  const [o, t] = [parse(ours), parse(theirs)];
  if (o === null || t === null) return null;
  const b = parse(base)?.state ?? commonBase(o.state, t.state);
  return JSON.stringify({ ...o, state: mergeWithStored(o.state, b, t.state) });
}

/** Writes one closed tab's entries; resolves whether every entry could be placed. */
function takeIn(idb: UseStore, entries: Entry[]): Promise<boolean> {
  return idb('readwrite', (store) => {
    const tx = store.transaction;
    return new Promise<boolean>((resolve, reject) => {
      let placed = true;
      tx.oncomplete = () => resolve(placed);
      tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
      let left = entries.length;
      for (const [key, text, base] of entries) {
        const request = store.get(key);
        request.onsuccess = () => {
          const now = typeof request.result === 'string' ? request.result : null;
          // Stored since (`now === text`), or untouched since: written as it was to be.
          const write = now === text ? undefined : now === base ? text : key === STORAGE_KEY ? mergedText(text, base, now) : null;
          if (write === null && now !== base) placed = false;
          else if (write === null) store.delete(key);
          else if (write !== undefined) store.put(write, key);
          left -= 1;
          if (left === 0) tx.commit?.();
        };
      }
    });
  });
}

/**
 * Takes in what closed tabs kept in localStorage (`keepUnsavedOnHide`): each entry is written
 * where IndexedDB still holds what the tab last knew, merged with another tab's newer state
 * otherwise; the key is removed once its entries are all placed, else kept for a later start.
 */
export async function takeInUnsaved(idb: UseStore, local: Storage): Promise<void> {
  const keys = Array.from({ length: local.length }, (_, i) => local.key(i)).filter((k): k is string => k?.startsWith(UNSAVED_PREFIX) === true);
  for (const key of keys) {
    let entries: unknown;
    try {
      entries = JSON.parse(local.getItem(key) ?? '[]');
    } catch {
      continue;
    }
    if (!Array.isArray(entries) || !entries.every(isEntry)) continue;
    if (entries.length === 0 || (await takeIn(idb, entries))) local.removeItem(key);
  }
}
