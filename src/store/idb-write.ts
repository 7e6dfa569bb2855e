import type { UseStore } from 'idb-keyval';

/** What a compared write found: null when it wrote, else the keys another tab had changed, with their text. */
export interface WriteResult {
  readonly clashed: ReadonlyMap<string, string | null> | null;
}

/**
 * Writes `batch` (null: delete) in one readwrite transaction, if each key still holds what
 * `expected` says this tab last knew it held (or already holds the text to write). Otherwise
 * it writes nothing and returns the other tab's text of each key that differs: a
 * compare-and-swap, so that two tabs writing before hearing each other never overwrite one
 * another. Rejects when the transaction fails (a full quota aborts it): then nothing is written.
 *
 * Requests are chained by callbacks, not promises, so that the transaction stays active
 * between the reads and the writes in every browser.
 */
export function writeCompared(idb: UseStore, batch: ReadonlyMap<string, string | null>, expected: ReadonlyMap<string, string | null>): Promise<WriteResult> {
  return idb('readwrite', (store) => {
    const tx = store.transaction;
    return new Promise<WriteResult>((resolve, reject) => {
      const found = new Map<string, string | null>();
      let clashed: Map<string, string | null> | null = null;
      tx.oncomplete = () => resolve({ clashed });
      tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted.', 'AbortError'));
      const writeAll = () => {
        const differ = [...batch].filter(([key, value]) => found.get(key) !== (expected.get(key) ?? null) && found.get(key) !== value);
        if (differ.length > 0) {
          clashed = new Map(differ.map(([key]) => [key, found.get(key) ?? null]));
          return;
        }
        try {
          for (const [key, value] of batch) {
            if (value === null) store.delete(key);
            else store.put(value, key);
          }
          // Nothing more will be asked of it: commit now rather than when the page next idles.
          tx.commit?.();
        } catch (error) {
          try {
            tx.abort();
          } catch {
            // Already aborted by the failed request.
          }
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      let left = batch.size;
      for (const key of batch.keys()) {
        const request = store.get(key);
        request.onsuccess = () => {
          found.set(key, typeof request.result === 'string' ? request.result : null);
          left -= 1;
          if (left === 0) writeAll();
        };
      }
      if (left === 0) writeAll();
    });
  });
}
