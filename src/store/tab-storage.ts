import type { SyncStorage } from './persistence';

/**
 * The sessionStorage key of the scenario open in this tab. Which scenario is open belongs to
 * the tab: another tab switching scenarios must not switch this one.
 */
export const TAB_KEY = 'bosettingsplan:open';

/** The scenario open in this tab, if its storage holds one. */
export function readTab(tab: SyncStorage): string | null {
  try {
    return tab.getItem(TAB_KEY);
  } catch {
    return null;
  }
}

/** Remembers the scenario open in this tab. */
export function writeTab(tab: SyncStorage, currentId: string): void {
  try {
    tab.setItem(TAB_KEY, currentId);
  } catch {
    // Without session storage a reload of this tab opens the scenario last opened in any tab.
  }
}
