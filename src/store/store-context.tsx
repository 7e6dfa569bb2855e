import { createContext, use, useCallback, type ReactNode } from 'react';
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

/** Undo and redo of the planner's edits, and whether there is anything to undo or redo. */
export function useHistory(): { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void } {
  const history = useAppStoreApi().temporal;
  const canUndo = useStore(history, (h) => h.pastStates.length > 0);
  const canRedo = useStore(history, (h) => h.futureStates.length > 0);
  const undo = useCallback(() => history.getState().undo(), [history]);
  const redo = useCallback(() => history.getState().redo(), [history]);
  return { canUndo, canRedo, undo, redo };
}
