import { entries, getMany, type UseStore } from 'idb-keyval';
import { writeCompared } from './idb-write';
import type { CheckedStorage } from './persistence';

/** What a mirrored storage tells the store about the writes it completes and the ones it finds. */
export interface MirrorListener {
  /** A flush to IndexedDB completed (true) or failed and will be tried again with the next write (false). */
  readonly onWrite?: (ok: boolean) => void;
  /**
   * Another tab had changed a key this tab was about to write: its text is now in the mirror
   * and nothing of this tab's was written, so the store saves again (merging with it).
   */
  readonly onConflict?: () => void;
  /** Another tab's completed write has been read into the mirror: the store reads it back. */
  readonly onRemote?: () => void;
}

/** Storage held in memory for synchronous use, its writes carried to IndexedDB as soon as the code writing them has run. */
export interface MirroredStorage {
  /** The synchronous view the persistence layer reads and writes. */
  readonly storage: CheckedStorage;
  /** Settles when every write made so far has completed or failed. */
  readonly settled: () => Promise<void>;
  /** Each key whose text here has not (yet) reached IndexedDB: its text here, and the stored text it was to replace. */
  readonly unconfirmed: () => [key: string, text: string | null, base: string | null][];
  /** Adds a listener; returns the call that removes it. */
  readonly connect: (listener: MirrorListener) => () => void;
  /** Stops listening to other tabs, and closes the channel. */
  readonly close: () => void;
}

/** The name of the BroadcastChannel on which tabs tell each other what they wrote. */
export const CHANNEL_NAME = 'bosettingsplan';

/** After the code now running (an edit and everything it writes): a microtask, so the write starts at once. */
const afterThisRun = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Opens the mirror over `idb` (an idb-keyval store): reads every entry into memory, and
 * returns a storage whose reads and writes are synchronous (so the persistence layer works as
 * over localStorage) and whose writes reach IndexedDB as soon as the code now running is done, every key
 * changed by then in one transaction: so keeping damaged text aside and writing the state land
 * together or not at all. A write is compared inside its transaction with what this tab last
 * knew was stored (`writeCompared`): another tab's newer text is never overwritten.
 */
export async function openMirroredStorage(idb: UseStore, channel: BroadcastChannel | null = null): Promise<MirroredStorage> {
  const items = new Map<string, string>();
  for (const [key, value] of await entries(idb)) if (typeof key === 'string' && typeof value === 'string') items.set(key, value);
  /** What IndexedDB is known to hold: read from it or written to it by this tab. */
  const stored = new Map(items);
  const dirty = new Set<string>();
  const listeners: MirrorListener[] = [];
  const tell = (call: (l: MirrorListener) => void) => listeners.forEach(call);
  let running: Promise<void> | null = null;
  let again = false;
  let waiting = false;

  const flushOnce = async () => {
    if (dirty.size === 0) return;
    const batch = new Map([...dirty].map((key) => [key, items.get(key) ?? null]));
    const expected = new Map([...batch.keys()].map((key) => [key, stored.get(key) ?? null]));
    let result: Awaited<ReturnType<typeof writeCompared>>;
    try {
      result = await writeCompared(idb, batch, expected);
    } catch {
      tell((l) => l.onWrite?.(false));
      return;
    }
    if (result.clashed !== null) {
      for (const [key, theirs] of result.clashed) {
        setKnown(key, theirs);
        dirty.delete(key);
      }
      tell((l) => l.onConflict?.());
      return;
    }
    for (const [key, value] of batch) {
      setKnown(key, value, false);
      if ((items.get(key) ?? null) === value) dirty.delete(key);
    }
    tell((l) => l.onWrite?.(true));
    channel?.postMessage({ keys: [...batch.keys()] });
  };
  /** Records `value` as stored under `key`, and (unless `view` is false) as this tab's view of it. */
  const setKnown = (key: string, value: string | null, view = true) => {
    if (value === null) stored.delete(key);
    else stored.set(key, value);
    if (!view) return;
    if (value === null) items.delete(key);
    else items.set(key, value);
  };
  /** A flush waits until the code now running is done, then takes every key changed by then. */
  const schedule = () => {
    if (waiting) return;
    if (running !== null) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        waiting = true;
        await afterThisRun();
        waiting = false;
        await flushOnce();
      } while (again);
    })().finally(() => {
      running = null;
    });
  };
  const write = (key: string, value: string | null) => {
    if (value === null) items.delete(key);
    else items.set(key, value);
    dirty.add(key);
    schedule();
  };

  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data;
    const keys = typeof data === 'object' && data !== null && 'keys' in data && Array.isArray(data.keys) ? data.keys.filter((k): k is string => typeof k === 'string') : [];
    if (keys.length === 0) return;
    void getMany(keys, idb).then(
      (values) => {
        // A key this tab has changed and not yet written keeps its text here: the write's
        // comparison finds the other tab's text and merges instead of overwriting it.
        keys.forEach((key, i) => {
          if (!dirty.has(key)) setKnown(key, text(values[i]));
        });
        tell((l) => l.onRemote?.());
      },
      () => undefined,
    );
  };
  channel?.addEventListener('message', onMessage);

  const storage: CheckedStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      write(key, value);
      return true;
    },
    removeItem: (key) => write(key, null),
    durable: {
      isKept: (key, value) => stored.get(key) === value,
      // Whatever a completed write brought to IndexedDB is kept: told as the write is.
      onKept: (listener) => void listeners.push({ onWrite: (ok) => ok && listener() }),
    },
  };
  return {
    storage,
    settled: async () => {
      while (running !== null) await running;
    },
    unconfirmed: () =>
      [...new Set([...items.keys(), ...stored.keys()])].flatMap((key) => {
        const [text, base] = [items.get(key) ?? null, stored.get(key) ?? null];
        return text === base ? [] : [[key, text, base] as [string, string | null, string | null]];
      }),
    connect: (listener) => {
      listeners.push(listener);
      return () => void listeners.splice(listeners.indexOf(listener), 1);
    },
    close: () => {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
