import type { ReferenceSlice } from './state';
import type { SliceCreator } from './slice-creator';

/**
 * Reference data (rates, municipalities) as loaded by the app shell. It is kept in the store,
 * not persisted and not in the undo history, so that selectors can derive projections from
 * scenario + reference.
 */
export const createReferenceSlice: SliceCreator<ReferenceSlice> = (set) => ({
  reference: { status: 'loading' },
  setReferenceLoading: () => set({ reference: { status: 'loading' } }),
  setReferenceResult: (result) =>
    set({
      reference: result.ok
        ? { status: 'ready', bundle: result.data, source: 'served' }
        : { status: 'error', errors: result.errors },
    }),
  setReferenceBundled: (result, reason, errors) =>
    set({
      reference: result.ok
        ? { status: 'ready', bundle: result.data, source: 'bundled', reason, errors }
        : { status: 'error', errors: [...errors, ...result.errors.map((line) => `bundled copy: ${line}`)] },
    }),
});
