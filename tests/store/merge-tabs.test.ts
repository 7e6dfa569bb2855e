import { mergeWithStored } from '../../src/store/merge-tabs';
import type { PersistedState } from '../../src/store/state';
import { storedEntry, storedState } from './idb-helpers';

const stateOf = (entries: object[]) => (JSON.parse(storedState(entries)) as { state: PersistedState }).state;
const namesAndIds = (state: PersistedState) => state.scenarios.map((e) => [e.id, e.scenario.name, e.scenario.years[0]?.singleAdults]);

describe('merging this tab’s save with what another tab saved since', () => {
  it('given a scenario both tabs added under the same id and name, then both are kept and this tab’s gets a new id and a name of its own', () => {
    const base = stateOf([storedEntry('s1', 'Alfa', 1)]);
    const ours = stateOf([storedEntry('s1', 'Alfa', 1), storedEntry('s2', 'Gamma', 5)]);
    const theirs = stateOf([storedEntry('s1', 'Alfa', 1), storedEntry('s2', 'Gamma', 9)]);
    const merged = mergeWithStored({ ...ours, currentId: 's2' }, base, theirs);
    expect(namesAndIds(merged)).toEqual([
      ['s1', 'Alfa', 1],
      ['s3', 'Gamma 2', 5],
      ['s2', 'Gamma', 9],
    ]);
    expect(merged.currentId).toBe('s3');
  });

  it('given both tabs added a scenario under the same id with different names, then the names stay as they are', () => {
    const base = stateOf([storedEntry('s1', 'Alfa', 1)]);
    const merged = mergeWithStored(stateOf([storedEntry('s1', 'Alfa', 1), storedEntry('s2', 'Gamma', 5)]), base, stateOf([storedEntry('s1', 'Alfa', 1), storedEntry('s2', 'Delta', 9)]));
    expect(namesAndIds(merged)).toEqual([
      ['s1', 'Alfa', 1],
      ['s3', 'Gamma', 5],
      ['s2', 'Delta', 9],
    ]);
  });
});
