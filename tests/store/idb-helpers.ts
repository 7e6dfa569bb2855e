import * as fakeIdb from 'fake-indexeddb';
import { createStore, entries } from 'idb-keyval';
import { afterEach, beforeEach, vi } from 'vitest';
import { createAppStore, openAppStorage } from '../../src/store';
import { DB_NAME, DB_STORE } from '../../src/store/idb-names';
import { memoryStorage } from '../../src/store/safe-storage';

/** The app's IndexedDB store, as the app opens it. */
export const appIdb = () => createStore(DB_NAME, DB_STORE);

/** Everything the app's IndexedDB store holds. */
export async function idbContents(): Promise<Map<string, unknown>> {
  return new Map((await entries<string, unknown>(appIdb())).map(([key, value]) => [key, value]));
}

/**
 * While `full.on` is set, every write to IndexedDB fails as at a browser's quota: the put
 * throws QuotaExceededError (`throw`), or is taken and its transaction then aborts, as a
 * browser aborts one that would exceed the quota when it commits (`abort`); either way the
 * transaction writes nothing.
 */
export const full: { on: boolean; how: 'throw' | 'abort' } = { on: false, how: 'throw' };

/**
 * A BroadcastChannel within this test file: Node's own reaches every worker thread of the
 * process, so test files run side by side would hear each other's tabs.
 */
class LocalChannel extends EventTarget {
  static readonly open = new Set<LocalChannel>();
  constructor(readonly name: string) {
    super();
    LocalChannel.open.add(this);
  }
  postMessage(data: unknown): void {
    for (const other of LocalChannel.open) {
      if (other !== this && other.name === this.name) setTimeout(() => other.dispatchEvent(new MessageEvent('message', { data })), 0);
    }
  }
  close(): void {
    LocalChannel.open.delete(this);
  }
}

/**
 * fake-indexeddb's globals (indexedDB, IDBKeyRange, …), as `fake-indexeddb/auto` sets them, but
 * set by every file that asks: the component tests' files share one global object (Vitest does
 * not isolate them, see vite.config.ts), where a module's side effect runs once, and the setup
 * takes every global a file added away when the file ends (tests/setup.ts).
 */
function installFakeIdb(): void {
  for (const [name, value] of Object.entries(fakeIdb)) {
    if (name === 'indexedDB' || name.startsWith('IDB')) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

/** A fresh, empty IndexedDB and localStorage for every test, storage with room, and channels of the file's own. */
export function withFreshIdb(): void {
  installFakeIdb();
  const put = IDBObjectStore.prototype.put;
  const commit = IDBTransaction.prototype.commit;
  beforeEach(() => {
    globalThis.indexedDB = new fakeIdb.IDBFactory();
    vi.stubGlobal('BroadcastChannel', LocalChannel);
    localStorage.clear();
    full.on = false;
    full.how = 'throw';
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (full.on && full.how === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = put.apply(this, args);
      if (full.on) request.addEventListener('success', () => this.transaction.abort());
      return request;
    };
    // A transaction asked to commit at once fails there, as at a quota checked on commit.
    IDBTransaction.prototype.commit = function (this: IDBTransaction) {
      if (full.on) this.abort();
      else commit.call(this);
    };
  });
  afterEach(() => {
    IDBObjectStore.prototype.put = put;
    IDBTransaction.prototype.commit = commit;
    vi.unstubAllGlobals();
    LocalChannel.open.clear();
  });
}

/** A stored scenario entry as the app writes it: one plan with single adults in its first year. */
export const storedEntry = (id: string, name: string, singleAdults: number, startYear: unknown = 2026) => ({
  id,
  scenario: { formatVersion: 1, name, municipalityCode: '3303', startYear, years: [{ singleAdults }, {}, {}, {}] },
  shelvedYears: [],
});

/** A stored state (version 2) of these entries, the first one open and the baseline. */
export const storedState = (entries: object[]) => JSON.stringify({ state: { scenarios: entries, currentId: 's1', baselineId: 's1', ui: { locale: 'nb', showZeroLines: false } }, version: 2 });

/** A tab of the app over IndexedDB, opened as a page load does (its storage, then its store). */
export async function openIdbTab(today: Date) {
  const mirror = await openAppStorage();
  if (mirror === null) throw new Error('IndexedDB did not open');
  return { mirror, store: createAppStore({ today, mirror, tabStorage: memoryStorage() }) };
}
