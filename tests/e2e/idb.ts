import type { BrowserContext, Page } from '@playwright/test';
import { DB_NAME, DB_STORE } from '../../src/store/idb-names';

/** The app's IndexedDB database and object store. */
const DB = [DB_NAME, DB_STORE] as const;

/** Every key and text in the app's IndexedDB store, read from `page` (of the app's origin). */
export function idbEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.result.createObjectStore(storeName);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const found: Record<string, string> = {};
            keys.result.forEach((key, i) => (found[String(key)] = String(values.result[i])));
            db.close();
            resolve(found);
          };
        };
      }),
    DB,
  );
}

/** Puts `text` under `key` in the app's IndexedDB store, from `page` (where the app does not run). */
export function idbPut(page: Page, key: string, text: string): Promise<void> {
  return page.evaluate(
    ([name, storeName, k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.result.createObjectStore(storeName);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(storeName, 'readwrite');
          tx.objectStore(storeName).put(v, k);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
    [...DB, key, text] as const,
  );
}

/**
 * Makes IndexedDB behave as at its quota in every page of `context` while the tab's
 * sessionStorage holds `e2e:full`: a write is taken, and then its transaction aborts and
 * writes nothing, as a browser aborts a transaction that would exceed the quota.
 */
export async function quotaWhileFlagged(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      if (sessionStorage.getItem('e2e:full') !== null) request.addEventListener('success', () => this.transaction.abort());
      return request;
    };
    // A transaction asked to commit at once fails there, as at a quota checked on commit.
    const commit = IDBTransaction.prototype.commit;
    IDBTransaction.prototype.commit = function (this: IDBTransaction) {
      if (sessionStorage.getItem('e2e:full') !== null) this.abort();
      else commit.call(this);
    };
  });
}
