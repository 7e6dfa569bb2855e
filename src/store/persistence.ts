import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { MAX_HORIZON_YEARS, type Scenario, type YearInput } from '../engine';
import { LOCALES, type Locale } from '../i18n';
import { parseScenario } from '../scenario/parse';
import { DEFAULT_UI } from './ui-slice';
import type { AppState, PersistedState, StorageNotice, UiChoices } from './state';

/** The localStorage key of the app's state, and where damaged text is kept aside. */
export const STORAGE_KEY = 'bosettingsplan';
export const DAMAGED_KEY = 'bosettingsplan:damaged';
export const STORE_VERSION = 1;

/** The synchronous part of the Web Storage API the store needs. */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON storage that remembers the raw text it read, so that `merge` can keep it aside if it
 * proves damaged. Text that is not JSON, or not a stored state at all, is kept aside at once.
 */
function rawTextStorage(backing: SyncStorage) {
  let lastRead: string | null = null;
  let unreadable = false;
  const keepDamaged = () => {
    if (lastRead !== null) backing.setItem(DAMAGED_KEY, lastRead);
  };
  const storage: PersistStorage<PersistedState> = {
    getItem: (name) => {
      lastRead = backing.getItem(name);
      unreadable = false;
      if (lastRead === null) return null;
      try {
        const value: unknown = JSON.parse(lastRead);
        // Only the envelope is checked here; `merge` validates the state inside it.
        if (isRecord(value) && 'state' in value) return value as StorageValue<PersistedState>;
      } catch {
        // Not JSON: kept aside below, and the app starts afresh.
      }
      unreadable = true;
      keepDamaged();
      return null;
    },
    setItem: (name, value) => backing.setItem(name, JSON.stringify(value)),
    removeItem: (name) => backing.removeItem(name),
  };
  return { storage, keepDamaged, unreadable: () => unreadable };
}

/**
 * Plan years after the horizon, checked with the scenario schema like the visible ones (by
 * parsing them as the years of the restored scenario, so the rules stay in one place).
 */
function restoreShelved(raw: unknown, scenario: Scenario): { years: YearInput[]; issues: string[] } {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return { years: [], issues: [] };
  const parsed = parseScenario({ ...scenario, years: raw });
  if (parsed.ok && parsed.scenario.years.length + scenario.years.length <= MAX_HORIZON_YEARS) {
    return { years: [...parsed.scenario.years], issues: [] };
  }
  return { years: [], issues: parsed.ok ? ['shelvedYears: too many years'] : parsed.issues.map((i) => `shelved ${i}`) };
}

function restoreUi(raw: unknown): UiChoices {
  if (!isRecord(raw)) return DEFAULT_UI;
  const locale = LOCALES.find((l): l is Locale => l === raw.locale) ?? DEFAULT_UI.locale;
  const showZeroLines = typeof raw.showZeroLines === 'boolean' ? raw.showZeroLines : DEFAULT_UI.showZeroLines;
  return { locale, showZeroLines };
}

/**
 * Restores the stored state (STYLE.md habit 6): the scenario passes `parseScenario`, which fills
 * defaults; whatever cannot be read falls back to the default, the original text is kept under
 * DAMAGED_KEY and the planner is told, instead of the app crashing or dropping data silently.
 */
export function restoreState(
  persisted: unknown,
  current: AppState,
  keepDamaged: () => void,
): AppState {
  if (persisted === undefined || persisted === null) return current;
  const damaged = (issues: readonly string[]): StorageNotice => {
    keepDamaged();
    return { keptUnder: DAMAGED_KEY, issues };
  };
  if (!isRecord(persisted)) return { ...current, storageNotice: damaged(['the stored state is not an object']) };
  const ui = restoreUi(persisted.ui);
  const parsed = parseScenario(persisted.scenario);
  if (!parsed.ok) return { ...current, ui, storageNotice: damaged(parsed.issues) };
  const shelved = restoreShelved(persisted.shelvedYears, parsed.scenario);
  return {
    ...current,
    scenario: parsed.scenario,
    shelvedYears: shelved.years,
    ui,
    storageNotice: shelved.issues.length > 0 ? damaged(shelved.issues) : null,
  };
}

/** The `persist` options of the app store, over the given storage (localStorage in the app). */
export function persistOptions(backing: SyncStorage): PersistOptions<AppState, PersistedState> {
  const raw = rawTextStorage(backing);
  return {
    name: STORAGE_KEY,
    version: STORE_VERSION,
    storage: raw.storage,
    partialize: ({ scenario, shelvedYears, ui }) => ({ scenario, shelvedYears, ui }),
    // Version 1 is the first stored shape. Any other version is passed on as it is: `merge`
    // validates it and keeps it aside if it cannot be read, so nothing is lost or crashes.
    migrate: (persisted) => persisted as PersistedState,
    merge: (persisted, current) => {
      const restored = restoreState(persisted, current, raw.keepDamaged);
      // Text that was not even a stored state was kept aside in getItem: say so too.
      if (persisted === undefined && raw.unreadable()) {
        return { ...restored, storageNotice: { keptUnder: DAMAGED_KEY, issues: ['the stored text is not a stored state'] } };
      }
      return restored;
    },
  };
}
