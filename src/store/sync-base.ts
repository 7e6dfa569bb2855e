import type { PersistedState } from './state';

/** Writes not yet known to have reached durable storage that are remembered (older ones are dropped). */
const PENDING_LIMIT = 20;

interface Synced {
  readonly text: string | null;
  readonly state: PersistedState;
}

/**
 * The base of a merge with another tab's save (`mergeWithStored`): what this tab last read
 * back or wrote (`text`; null after a merged write, whose result this tab does not hold yet)
 * and the state it then held. Over durable storage that writes later, a write becomes the
 * base only once it has reached the storage (`confirm`): until then another tab may still
 * write first, and the merge must start from what both tabs last shared.
 */
export function syncBase(isKept: (text: string) => boolean) {
  let synced: Synced | null = null;
  let pending: { readonly text: string; readonly state: PersistedState }[] = [];
  return {
    record: (text: string | null, state: PersistedState) => {
      if (text !== null && !isKept(text)) pending = [...pending, { text, state }].slice(-PENDING_LIMIT);
      else [synced, pending] = [{ text, state }, []];
    },
    /** After a completed write: the newest write that has reached the storage is the base. */
    confirm: () => {
      const last = pending.findLastIndex((p) => isKept(p.text));
      if (last < 0) return;
      synced = pending[last] ?? synced;
      pending = pending.slice(last + 1);
    },
    /** Whether `now`, the stored text, is this tab's own (read or written): nothing to merge. */
    isOwn: (now: string) => now === synced?.text || now === pending.at(-1)?.text,
    state: (): PersistedState | null => synced?.state ?? null,
  };
}
