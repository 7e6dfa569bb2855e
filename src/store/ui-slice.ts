import type { StateCreator } from 'zustand';
import { LOCALES } from '../i18n';
import type { AppState, UiChoices, UiSlice } from './state';

export const DEFAULT_UI: UiChoices = { locale: 'nb', showZeroLines: false };

type SliceCreator = StateCreator<AppState, [['zustand/persist', unknown]], [], UiSlice>;

/** UI choices the planner makes (kept between visits) and the storage notice (not kept). */
export const createUiSlice: SliceCreator = (set, get) => ({
  ui: DEFAULT_UI,
  storageNotice: null,
  setShowZeroLines: (show) => set({ ui: { ...get().ui, showZeroLines: show } }),
  setLocale: (locale) => {
    if (LOCALES.includes(locale)) set({ ui: { ...get().ui, locale } });
  },
  dismissStorageNotice: () => set({ storageNotice: null }),
});
