import { useSyncExternalStore } from 'react';

/** The screen named by the URL's hash (`#/satser` → `satser`); '' is the plan screen. */
function currentRoute(): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, following the browser's back and forward buttons. */
export function useRoute(): string {
  return useSyncExternalStore(subscribe, currentRoute, () => '');
}
