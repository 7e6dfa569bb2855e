import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/store';
import { openMirroredStorage } from '../../src/store/idb-storage';
import { keepUnsavedOnHide, takeInUnsaved, UNSAVED_PREFIX } from '../../src/store/unsaved';
import { appIdb, full, idbContents, storedEntry, storedState, withFreshIdb } from './idb-helpers';

withFreshIdb();

const entry = storedEntry;
const stateOf = storedState;
const unsavedKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(UNSAVED_PREFIX));

/** A tab whose write to IndexedDB has not landed when its page is hidden for good. */
async function closedBeforeItsWrite(text: string) {
  const mirror = await openMirroredStorage(appIdb());
  const page = new EventTarget();
  keepUnsavedOnHide(mirror, localStorage, page);
  full.on = true;
  mirror.storage.setItem(STORAGE_KEY, text);
  await mirror.settled();
  page.dispatchEvent(new Event('pagehide'));
  full.on = false;
  return mirror;
}

describe('a write that has not reached IndexedDB when the page closes', () => {
  it('given an edit not yet written when the page is hidden, then it is kept in localStorage and the next start writes it to IndexedDB', async () => {
    const before = stateOf([entry('s1', 'Alfa', 1)]);
    await set(STORAGE_KEY, before, appIdb());
    const edited = stateOf([entry('s1', 'Alfa', 100)]);
    await closedBeforeItsWrite(edited);
    expect(unsavedKeys()).toHaveLength(1);
    expect((await idbContents()).get(STORAGE_KEY)).toBe(before);

    await takeInUnsaved(appIdb(), localStorage);
    expect((await idbContents()).get(STORAGE_KEY)).toBe(edited);
    expect(unsavedKeys()).toEqual([]);
  });

  it('given another tab stored a new scenario since, then the next start merges the closed tab’s edit with it', async () => {
    await set(STORAGE_KEY, stateOf([entry('s1', 'Alfa', 1)]), appIdb());
    await closedBeforeItsWrite(stateOf([entry('s1', 'Alfa', 100)]));
    await set(STORAGE_KEY, stateOf([entry('s1', 'Alfa', 1), entry('s2', 'Beta', 2)]), appIdb());

    await takeInUnsaved(appIdb(), localStorage);
    type Stored = { state: { scenarios: { scenario: { name: string; years: { singleAdults: number }[] } }[] } };
    const stored = JSON.parse(String((await idbContents()).get(STORAGE_KEY))) as Stored;
    expect(stored.state.scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.singleAdults])).toEqual([
      ['Alfa', 100],
      ['Beta', 2],
    ]);
    expect(unsavedKeys()).toEqual([]);
  });

  it('given the page shown again and its write then landing, then the copy in localStorage is removed', async () => {
    const mirror = await closedBeforeItsWrite(stateOf([entry('s1', 'Alfa', 100)]));
    expect(unsavedKeys()).toHaveLength(1);
    mirror.storage.setItem(STORAGE_KEY, stateOf([entry('s1', 'Alfa', 110)]));
    await mirror.settled();
    expect(unsavedKeys()).toEqual([]);
  });

  it('given damaged text another tab has kept under the same key since, then the copy stays in localStorage for a later start', async () => {
    const mirror = await openMirroredStorage(appIdb());
    const page = new EventTarget();
    keepUnsavedOnHide(mirror, localStorage, page);
    full.on = true;
    mirror.storage.setItem('bosettingsplan:damaged', 'vår tekst');
    await mirror.settled();
    page.dispatchEvent(new Event('pagehide'));
    full.on = false;
    await set('bosettingsplan:damaged', 'deres tekst', appIdb());
    await takeInUnsaved(appIdb(), localStorage);
    expect((await idbContents()).get('bosettingsplan:damaged')).toBe('deres tekst');
    expect(localStorage.getItem(unsavedKeys()[0] ?? '')).toContain('vår tekst');
  });
});
