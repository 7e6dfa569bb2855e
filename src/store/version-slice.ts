import { VERSION_LIMITS } from '../scenario/bounds';
import { boundVersions, newVersionId, versionMatching, type SavedVersion, type VersionKind } from '../scenario/versions';
import type { Scenario } from '../engine';
import { listState } from './entries';
import type { SliceCreator } from './slice-creator';
import type { AppState, ScenarioEntry, VersionSlice } from './state';

/** The versions of an entry, oldest first. */
export const versionsOf = (entry: Pick<ScenarioEntry, 'versions'> | undefined): readonly SavedVersion[] => entry?.versions ?? [];

/** A new version of `scenario` added to `versions`, within the bounds (the oldest automatic one gives way). */
export function withVersion(versions: readonly SavedVersion[], scenario: Scenario, kind: VersionKind, note: string, now: Date): SavedVersion[] {
  const version: SavedVersion = { id: newVersionId(now, versions), savedAt: now.toISOString(), note, kind, scenario };
  return boundVersions([...versions, version]);
}

type Entries = Pick<AppState, 'scenarios' | 'currentId'>;

/** The state with the current entry changed by `change`, its mirror following (entries.ts). */
function changeCurrent(state: Entries, change: (entry: ScenarioEntry) => ScenarioEntry) {
  return listState(
    state.scenarios.map((e) => (e.id === state.currentId ? change(e) : e)),
    state.currentId,
  );
}

/**
 * Saved versions of the current scenario. Each action is one `set`, so one undo step: a
 * restore and the automatic version saved before it are undone together.
 */
export const createVersionSlice: SliceCreator<VersionSlice> = (set, get) => {
  const current = () => get().scenarios.find((e) => e.id === get().currentId);

  return {
    saveVersion: (note, now) => {
      const entry = current();
      const text = note.trim();
      if (entry === undefined || text.length > VERSION_LIMITS.note) return { ok: false, reason: 'note' };
      const versions = versionsOf(entry);
      if (versions.filter((v) => v.kind === 'manual').length >= VERSION_LIMITS.manual) return { ok: false, reason: 'limit' };
      const next = withVersion(versions, entry.scenario, 'manual', text, now);
      set(changeCurrent(get(), (e) => ({ ...e, versions: next })));
      const version = next[next.length - 1];
      return version === undefined ? { ok: false, reason: 'note' } : { ok: true, version };
    },

    restoreVersion: (versionId, now) => {
      const entry = current();
      const versions = versionsOf(entry);
      const version = versions.find((v) => v.id === versionId);
      if (entry === undefined || version === undefined) return false;
      // Nothing is lost by a restore: the inputs it replaces are saved first, unless a version holds them.
      const kept = versionMatching(entry.scenario, versions) === undefined ? withVersion(versions, entry.scenario, 'restore', '', now) : [...versions];
      const scenario = { ...version.scenario, name: entry.scenario.name };
      set(changeCurrent(get(), (e) => ({ ...e, scenario, versions: kept })));
      return true;
    },

    deleteVersion: (versionId) => {
      const versions = versionsOf(current());
      const version = versions.find((v) => v.id === versionId);
      if (version === undefined) return null;
      set(changeCurrent(get(), (e) => ({ ...e, versions: versions.filter((v) => v.id !== versionId) })));
      return version;
    },
  };
};
