import { createContext, use, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './create-app-store';
import type { AppState } from './state';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { readonly store: AppStore; readonly children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}

/** The store itself, for effects that call actions outside rendering. */
export function useAppStoreApi(): AppStore {
  const store = use(StoreContext);
  if (store === null) throw new Error('useAppStore: wrap the app in <StoreProvider>');
  return store;
}

/** A narrow selection of the app state; re-renders only when the selection changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
