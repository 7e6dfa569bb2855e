import type { StoreApi } from 'zustand';
import type { TemporalState, ZundoOptions } from 'zundo';
import type { AppState, HistoryState } from './state';

/** Steps of undo kept; older steps are forgotten. */
export const HISTORY_LIMIT = 200;

/**
 * What undo and redo cover: the list of scenarios, which one is current and the baseline, with
 * the current scenario's mirror (so a restored step is whole). UI choices, the storage notice
 * and reference data are left out: they are not the planner's edits.
 */
export const historyOptions: ZundoOptions<AppState, HistoryState> = {
  partialize: ({ scenarios, currentId, baselineId, scenario, shelvedYears }) => ({
    scenarios,
    currentId,
    baselineId,
    scenario,
    shelvedYears,
  }),
  // Only a change of these is a step: setting the reference data or a UI choice is not.
  equality: (past, now) => past.scenarios === now.scenarios && past.currentId === now.currentId && past.baselineId === now.baselineId,
  limit: HISTORY_LIMIT,
};

export type HistoryStore = StoreApi<TemporalState<HistoryState>>;
