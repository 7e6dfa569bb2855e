import { LOCALES } from '../i18n';
import type { SliceCreator } from './slice-creator';
import type { UiChoices, UiSlice } from './state';

export const DEFAULT_UI: UiChoices = { locale: 'nb', showZeroLines: false };

/** UI choices the planner makes (kept between visits) and the storage notice (not kept). */
export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  ui: DEFAULT_UI,
  storageNotice: null,
  storageWritable: true,
  storageHeld: false,
  openSections: [],
  setOpenSections: (sections) => set({ openSections: sections }),
  setShowZeroLines: (show) => set({ ui: { ...get().ui, showZeroLines: show } }),
  setLocale: (locale) => {
    if (LOCALES.includes(locale)) set({ ui: { ...get().ui, locale } });
  },
  dismissStorageNotice: () => set({ storageNotice: null }),
});
