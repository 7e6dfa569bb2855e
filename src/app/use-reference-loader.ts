import { useCallback, useEffect, useState } from 'react';
import { fetchReferenceBundle } from '../reference/load';
import { useAppStoreApi } from '../store';

/** The app's base URL made absolute, so that fetch works the same in the browser and in tests. */
const baseUrl = () => new URL(import.meta.env.BASE_URL, document.baseURI).href;

/**
 * Loads the reference data (rates, municipalities) into the store when the app starts, and
 * again when `retry` is called.
 */
export function useReferenceLoader(): () => void {
  const store = useAppStoreApi();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    store.getState().setReferenceLoading();
    void fetchReferenceBundle(baseUrl()).then((result) => {
      if (current) store.getState().setReferenceResult(result);
    });
    return () => {
      current = false;
    };
  }, [store, attempt]);
  return useCallback(() => setAttempt((n) => n + 1), []);
}
