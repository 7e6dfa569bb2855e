import type { StateCreator } from 'zustand';
import type { AppState } from './state';

/** A slice of the app store, under the persist (outer) and temporal (undo) middlewares. */
export type SliceCreator<Slice> = StateCreator<AppState, [['zustand/persist', unknown], ['temporal', unknown]], [], Slice>;
