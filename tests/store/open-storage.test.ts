import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, openAppStorage, requestPersistentStorage, STORAGE_KEY } from '../../src/store';
import { memoryStorage } from '../../src/store/safe-storage';
import { withFreshIdb } from './idb-helpers';

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
});
