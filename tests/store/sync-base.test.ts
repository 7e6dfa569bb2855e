import { describe, expect, it } from 'vitest';
import type { PersistedState } from '../../src/store/state';
import { syncBase } from '../../src/store/sync-base';

const state = (currentId: string) => ({ scenarios: [], currentId, baselineId: null, ui: { locale: 'nb', showZeroLines: false } }) as unknown as PersistedState;

describe('the base of a merge over storage that writes later', () => {
  it('given two writes not yet kept, when only the first reaches the storage, then it is the base and the second still counts as this tab’s own', () => {
    const kept = new Set(['read']);
    const base = syncBase((text) => kept.has(text));
    base.record('read', state('s0'));
    base.record('first', state('s1'));
    base.record('second', state('s2'));
    expect(base.state()?.currentId).toBe('s0');

    kept.add('first');
    base.confirm();
    expect(base.state()?.currentId).toBe('s1');
    expect([base.isOwn('second'), base.isOwn('first'), base.isOwn('theirs')]).toEqual([true, true, false]);

    kept.add('second');
    base.confirm();
    expect(base.state()?.currentId).toBe('s2');
  });

  it('given storage that keeps every write at once, then each write is the base', () => {
    const base = syncBase(() => true);
    base.record('a', state('s1'));
    base.record(null, state('s2'));
    expect(base.state()?.currentId).toBe('s2');
    expect(base.isOwn('a')).toBe(false);
  });
});
