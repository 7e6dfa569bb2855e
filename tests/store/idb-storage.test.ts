import { describe, expect, it } from 'vitest';
import { openMirroredStorage } from '../../src/store/idb-storage';
import { appIdb, full, idbContents, withFreshIdb } from './idb-helpers';

withFreshIdb();

/**
 * With storage at its quota, writes the damaged text kept aside and the state after it, and
 * checks that neither landed, that the one failure was told, and that the damaged text does not
 * count as kept.
 */
async function writeBothWhenFull() {
  const mirror = await openMirroredStorage(appIdb());
  const writes: boolean[] = [];
  mirror.connect({ onWrite: (ok) => writes.push(ok) });
  full.on = true;
  mirror.storage.setItem('bosettingsplan:damaged', 'gammel tekst');
  mirror.storage.setItem('bosettingsplan', 'ny');
  await mirror.settled();
  expect(writes).toEqual([false]);
  expect(await idbContents()).toEqual(new Map());
  expect(mirror.storage.durable?.isKept('bosettingsplan:damaged', 'gammel tekst')).toBe(false);
  return { mirror, writes };
}

describe('the IndexedDB mirror', () => {
  it('given two keys written in one task, then both reach IndexedDB, are kept, and a new mirror reads them', async () => {
    const mirror = await openMirroredStorage(appIdb());
    const writes: boolean[] = [];
    mirror.connect({ onWrite: (ok) => writes.push(ok) });
    mirror.storage.setItem('bosettingsplan:damaged', 'gammel tekst');
    mirror.storage.setItem('bosettingsplan', '{"state":1}');
    expect(mirror.storage.getItem('bosettingsplan')).toBe('{"state":1}');
    expect(mirror.storage.durable?.isKept('bosettingsplan', '{"state":1}')).toBe(false);
    await mirror.settled();
    expect(writes).toEqual([true]);
    expect(mirror.storage.durable?.isKept('bosettingsplan', '{"state":1}')).toBe(true);
    expect(await idbContents()).toEqual(new Map([['bosettingsplan', '{"state":1}'], ['bosettingsplan:damaged', 'gammel tekst']]));
    const again = await openMirroredStorage(appIdb());
    expect(again.storage.getItem('bosettingsplan:damaged')).toBe('gammel tekst');
  });

  it('given storage at its quota, when two keys are written, then neither lands, the failure is told, and the next write with room carries both', async () => {
    const { mirror, writes } = await writeBothWhenFull();

    full.on = false;
    mirror.storage.setItem('bosettingsplan', 'nyere');
    await mirror.settled();
    expect(writes).toEqual([false, true]);
    expect(await idbContents()).toEqual(new Map([['bosettingsplan', 'nyere'], ['bosettingsplan:damaged', 'gammel tekst']]));
  });

  it('given a write whose transaction aborts after taking it, as at a quota found on commit, then nothing lands and the failure is told', async () => {
    full.how = 'abort';
    await writeBothWhenFull();
  });

  it('given another tab wrote a key since this tab read it, when this tab writes it, then the other text stays and this tab is told to save again', async () => {
    const a = await openMirroredStorage(appIdb());
    const b = await openMirroredStorage(appIdb());
    let conflicts = 0;
    b.connect({ onConflict: () => (conflicts += 1) });
    a.storage.setItem('bosettingsplan', 'fra A');
    await a.settled();
    b.storage.setItem('bosettingsplan', 'fra B');
    await b.settled();
    expect(conflicts).toBe(1);
    expect((await idbContents()).get('bosettingsplan')).toBe('fra A');
    expect(b.storage.getItem('bosettingsplan')).toBe('fra A');

    // Saving again (merged, in the app) now writes over what it has read.
    b.storage.setItem('bosettingsplan', 'fra A og B');
    await b.settled();
    expect((await idbContents()).get('bosettingsplan')).toBe('fra A og B');
  });

  it('given two tabs on one channel, when one writes, then the other reads the key in and is told', async () => {
    const a = await openMirroredStorage(appIdb(), new BroadcastChannel('test-tabs'));
    const b = await openMirroredStorage(appIdb(), new BroadcastChannel('test-tabs'));
    const heard = new Promise<void>((resolve) => b.connect({ onRemote: resolve }));
    a.storage.setItem('bosettingsplan', 'fra A');
    await heard;
    expect(b.storage.getItem('bosettingsplan')).toBe('fra A');
    expect(b.storage.durable?.isKept('bosettingsplan', 'fra A')).toBe(true);
    a.close();
    b.close();
  });
});
