import type { StateCreator } from 'zustand';
import type { AppState, ReferenceSlice } from './state';

type SliceCreator = StateCreator<AppState, [['zustand/persist', unknown]], [], ReferenceSlice>;

/**
 * Reference data (rates, municipalities) as loaded by the app shell. It is kept in the store,
 * not persisted, so that selectors can derive projections from scenario + reference.
 */
export const createReferenceSlice: SliceCreator = (set) => ({
  reference: { status: 'loading' },
  setReferenceLoading: () => set({ reference: { status: 'loading' } }),
  setReferenceResult: (result) =>
    set({
      reference: result.ok ? { status: 'ready', bundle: result.data } : { status: 'error', errors: result.errors },
    }),
});
