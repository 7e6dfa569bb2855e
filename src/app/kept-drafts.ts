import { useEffect, useState } from 'react';
import type { KeptDraft } from '../components/draft-memory';

/**
 * The sessionStorage key of the refused entries of this tab. They belong to the tab, like the
 * scenario it has open: another tab has its own.
 */
export const KEPT_DRAFTS_KEY = 'bosettingsplan:drafts';

const isDraft = (value: unknown): value is KeptDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeptDraft).text === 'string' &&
  ((value as KeptDraft).refused === null || typeof (value as KeptDraft).refused === 'string');

/** The entries kept by the last page of this tab; anything damaged is skipped, never thrown on. */
function readKept(storage: Storage): Map<string, KeptDraft> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEPT_DRAFTS_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return new Map();
    return new Map(parsed.filter((item): item is [string, KeptDraft] => Array.isArray(item) && typeof item[0] === 'string' && isDraft(item[1])));
  } catch {
    return new Map();
  }
}

const tabStorage = (): Storage | null => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * The refused entries of the fields (text the store did not take, with its message), kept per
 * screen and scenario while the app is open, and through a reload of the tab: when the page
 * goes (a reload, the new version the planner agreed to load, a move to another site) they are
 * written to the tab's sessionStorage and read back by the next page. They are the planner's
 * typing, not the plan: the plan itself is saved with every edit.
 */
export function useKeptDrafts(): Map<string, KeptDraft> {
  const [drafts] = useState(() => {
    const storage = tabStorage();
    return storage === null ? new Map<string, KeptDraft>() : readKept(storage);
  });
  useEffect(() => {
    const keep = () => {
      try {
        const storage = tabStorage();
        if (drafts.size === 0) storage?.removeItem(KEPT_DRAFTS_KEY);
        else storage?.setItem(KEPT_DRAFTS_KEY, JSON.stringify([...drafts]));
      } catch {
        // A full or refused session storage: the entries stay on screen until the page goes.
      }
    };
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  }, [drafts]);
  return drafts;
}
