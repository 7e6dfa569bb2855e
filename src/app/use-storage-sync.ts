import { useEffect, useState } from 'react';
import { STORAGE_KEY, useAppStoreApi } from '../store';

/**
 * Keeps two tabs of the app from overwriting each other's work. Every edit is saved at once;
 * when another tab saves, this one hears of it (over IndexedDB: a BroadcastChannel message,
 * whose keys the store's storage reads in; over localStorage: the browser's `storage` event),
 * and this tab reads the saved state back, so that its next save includes the other tab's scenarios instead of
 * erasing them. The undo history starts afresh then: undoing past that point would bring back
 * a state without the other tab's work. Tells whether this tab has taken in another's work
 * (until `dismiss`).
 */
export function useStorageSync(): { readonly synced: boolean; readonly dismiss: () => void } {
  const store = useAppStoreApi();
  const [synced, setSynced] = useState(false);
  useEffect(() => {
    const readBack = () => {
      void Promise.resolve(store.persist.rehydrate()).then(() => {
        store.temporal.getState().clear();
        setSynced(true);
      });
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY && event.newValue !== null && event.storageArea === window.localStorage) readBack();
    };
    window.addEventListener('storage', onStorage);
    const stop = store.onStoredElsewhere(readBack);
    return () => {
      window.removeEventListener('storage', onStorage);
      stop();
    };
  }, [store]);
  return { synced, dismiss: () => setSynced(false) };
}
