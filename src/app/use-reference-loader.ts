import { useCallback, useEffect, useState } from 'react';
import { useAppStoreApi } from '../store';
import { loadBundledReference } from './bundled-reference';
import { loadServedReference } from './load-reference';

/** The app's base URL made absolute, so that fetch works the same in the browser and in tests. */
const baseUrl = () => new URL(import.meta.env.BASE_URL, document.baseURI).href;

/**
 * Loads the reference data (rates, municipalities) into the store when the app starts, and
 * again on `retry`. When the served files fail (request, body or time), the copy bundled with
 * the build is used and the store says why. A retry while that copy is in use keeps the app
 * open and swaps in the served data only if it now loads.
 */
export function useReferenceLoader(): { retry: () => void; retrying: boolean } {
  const store = useAppStoreApi();
  const [attempt, setAttempt] = useState(0);
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    let current = true;
    const state = store.getState();
    const keepShown = state.reference.status === 'ready';
    if (!keepShown) state.setReferenceLoading();
    void (async () => {
      const served = await loadServedReference(baseUrl());
      if (!current) return;
      if (served.ok) {
        store.getState().setReferenceResult(served.result);
      } else if (!keepShown) {
        const bundled = await loadBundledReference();
        if (current) store.getState().setReferenceBundled(bundled, served.reason, served.errors);
      } else {
        const { reference } = store.getState();
        if (reference.status === 'ready' && reference.source === 'bundled') {
          store.getState().setReferenceBundled({ ok: true, data: reference.bundle }, served.reason, served.errors);
        }
      }
      if (current) setRetrying(false);
    })();
    return () => {
      current = false;
    };
  }, [store, attempt]);
  const retry = useCallback(() => {
    setRetrying(true);
    setAttempt((n) => n + 1);
  }, []);
  return { retry, retrying };
}
