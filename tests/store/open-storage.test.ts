import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, openAppStorage, requestPersistentStorage, STORAGE_KEY } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';
import { UNSAVED_PREFIX } from '../../src/store/unsaved';
import { full, withFreshIdb } from './idb-helpers';

withFreshIdb();

afterEach(() => {
  vi.unstubAllGlobals();
});

const today = new Date('2026-03-15T12:00:00Z');

describe('opening the app’s storage', () => {
  it('given a browser without IndexedDB, then there is no mirror and the app saves in localStorage as before', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const mirror = await openAppStorage();
    expect(mirror).toBeNull();
    const store = createAppStore({ today, mirror, tabStorage: memoryStorage() });
    store.getState().setYearField(0, 'children', 3);
    expect(localStorage.getItem(STORAGE_KEY)).toContain('"children":3');
    expect(store.getState().storageWritable).toBe(true);
  });

  it('given IndexedDB failing to open, then there is no mirror and localStorage is left as it was', async () => {
    localStorage.setItem(STORAGE_KEY, 'som før');
    vi.stubGlobal('indexedDB', { open: () => { throw new DOMException('refused', 'SecurityError'); } });
    expect(await openAppStorage()).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBe('som før');
  });

  it('given a browser that offers it, then the app asks once to keep its storage', () => {
    const persist = vi.fn(() => Promise.resolve(true));
    vi.stubGlobal('navigator', { storage: { persist } });
    requestPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('given a browser that does not offer it, then asking does nothing and throws nothing', () => {
    vi.stubGlobal('navigator', {});
    expect(() => requestPersistentStorage()).not.toThrow();
  });

  it('given storage opened and closed, then a write that had not reached IndexedDB is kept on pagehide while open, and nothing is written on pagehide after close', async () => {
    const unsavedKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(UNSAVED_PREFIX));
    const mirror = await openAppStorage();
    if (mirror === null) throw new Error('a mirror expected');
    full.on = true;
    mirror.storage.setItem(STORAGE_KEY, '{"state":{},"version":2}');
    await mirror.settled();
    window.dispatchEvent(new Event('pagehide'));
    expect(unsavedKeys()).toHaveLength(1);

    localStorage.clear();
    mirror.close();
    window.dispatchEvent(new Event('pagehide'));
    expect(unsavedKeys()).toEqual([]);
    full.on = false;
  });
});
