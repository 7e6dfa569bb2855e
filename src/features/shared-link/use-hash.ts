import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The URL's hash (`#/delt?s=…`), following changes: a second link opened in the same tab is read too. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash, () => '');
}
