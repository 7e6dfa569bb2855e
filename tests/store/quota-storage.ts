import type { SyncStorage } from '../../src/store/persistence';

/**
 * A storage with a quota, as a browser's localStorage has (counted here in characters of keys
 * and values): a write that would exceed it throws QuotaExceededError and changes nothing.
 */
export function quotaStorage(items: Map<string, string>, quota: { chars: number }): SyncStorage {
  const used = () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const before = items.get(key);
      const after = used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
      if (after > quota.chars) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

/** The characters held, as `quotaStorage` counts them. */
export const charsHeld = (items: Map<string, string>) => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
