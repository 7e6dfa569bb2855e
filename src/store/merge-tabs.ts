import { readDraftEdits, type CouncilDraftEdits } from './draft-edits';
import { nextScenarioId } from './entries';
import { isRecord } from '../lib/is-record';
import type { PersistedState, ScenarioEntry } from './state';
import { boundVersions, type SavedVersion } from '../scenario/versions';
import { uniqueName } from '../scenario/names';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An entry's scenario name (a stored entry is validated only when read back, so it may lack one). */
const nameOf = (entry: ScenarioEntry): string => (isRecord(entry.scenario) && typeof entry.scenario.name === 'string' ? entry.scenario.name : '');

/** The stored entries of a state another tab wrote, or null when it is not a list of entries. */
function storedEntries(theirs: unknown): ScenarioEntry[] | null {
  if (!isRecord(theirs) || !Array.isArray(theirs.scenarios)) return null;
  const entries = theirs.scenarios as unknown[];
  return entries.every((e) => isRecord(e) && typeof e.id === 'string') ? (entries as ScenarioEntry[]) : null;
}

const idsOf = (versions: readonly SavedVersion[] | undefined) => new Set((versions ?? []).map((v) => v.id));

/**
 * The versions of a scenario both tabs have, by version id: this tab's, less those the other
 * tab deleted since `base`, and the other tab's new ones, less those this tab deleted; oldest
 * first, within the bounds. So a version saved in either tab is never lost to the other's save.
 */
export function mergeVersions(ours: ScenarioEntry, base: ScenarioEntry | undefined, theirs: ScenarioEntry): ScenarioEntry {
  const baseIds = idsOf(base?.versions);
  const ourIds = idsOf(ours.versions);
  const theirIds = idsOf(theirs.versions);
  const kept = (ours.versions ?? []).filter((v) => !baseIds.has(v.id) || theirIds.has(v.id));
  const added = (Array.isArray(theirs.versions) ? theirs.versions : []).filter((v) => !baseIds.has(v.id) && !ourIds.has(v.id));
  if (added.length === 0 && kept.length === (ours.versions ?? []).length) return ours;
  const versions = boundVersions([...kept, ...added].sort((a, b) => String(a.savedAt).localeCompare(String(b.savedAt))));
  return { ...ours, versions };
}

/**
 * The council draft's edits both tabs have, scenario by scenario: this tab's where it changed
 * them since `base`, else the other tab's; edits of a scenario this tab added under an id the
 * other tab also took follow it to its new id; only scenarios in the merged list keep edits.
 */
function mergeDraftEdits(ours: CouncilDraftEdits, base: CouncilDraftEdits, theirs: CouncilDraftEdits, renamed: ReadonlyMap<string, string>, ids: ReadonlySet<string>): CouncilDraftEdits {
  const merged: Record<string, CouncilDraftEdits[string]> = { ...theirs };
  for (const [id, edits] of Object.entries(ours)) {
    const to = renamed.get(id);
    if (to !== undefined) merged[to] = edits;
    else if (!same(edits, base[id])) merged[id] = edits;
  }
  return Object.fromEntries(Object.entries(merged).filter(([id]) => ids.has(id)));
}

/**
 * This tab's save merged with what another tab saved since this tab last read or wrote
 * (`base`), scenario by scenario, so that a save made before this tab has read the other's
 * back loses nothing of it:
 * - a scenario this tab changed, added or deleted since `base`: as this tab has it, its saved
 *   versions joined with the other tab's by version id (`mergeVersions`);
 * - any other: as the other tab saved it (changed, added, or gone if it deleted it);
 * - a scenario both tabs added under the same id: this tab's gets a new id (the other tab
 *   keeps the one it has open), and `currentId` and `baselineId` follow it, and a name not in
 *   the list yet (" 2", " 3", … after it) when another scenario has its name.
 * The order is this tab's, the other tab's additions at the end; UI choices are this tab's.
 * Returns `ours` as it is when `theirs` is not a list of scenarios (a stored state is
 * validated when it is read back in any case).
 */
export function mergeWithStored(ours: PersistedState, base: PersistedState, theirs: unknown): PersistedState {
  const stored = storedEntries(theirs);
  if (stored === null) return ours;
  const baseIds = new Set(base.scenarios.map((e) => e.id));
  const baseById = new Map(base.scenarios.map((e) => [e.id, e]));
  const storedById = new Map(stored.map((e) => [e.id, e]));
  const addedThere = stored.filter((e) => !baseIds.has(e.id));
  const taken = [...ours.scenarios, ...stored];
  const renamed = new Map<string, string>();
  const scenarios: ScenarioEntry[] = [];
  for (const entry of ours.scenarios) {
    const before = baseById.get(entry.id);
    if (before !== undefined && same(before, entry)) {
      const there = storedById.get(entry.id);
      if (there !== undefined) scenarios.push(there);
    } else if (before === undefined && storedById.has(entry.id)) {
      const id = nextScenarioId([...taken, ...scenarios]);
      renamed.set(entry.id, id);
      // A name of its own too, so that the list does not show two of the same name.
      const names = [...taken.filter((e) => e !== entry), ...scenarios].map(nameOf);
      scenarios.push({ ...entry, id, scenario: { ...entry.scenario, name: uniqueName(nameOf(entry), names) } });
    } else {
      const there = storedById.get(entry.id);
      scenarios.push(there === undefined || before === undefined ? entry : mergeVersions(entry, before, there));
    }
  }
  scenarios.push(...addedThere);
  if (scenarios.length === 0) return ours;
  const follow = (id: string | null) => (id === null ? null : (renamed.get(id) ?? id));
  const currentId = follow(ours.currentId) ?? ours.currentId;
  const baselineId = follow(ours.baselineId);
  const ids = new Set(scenarios.map((e) => e.id));
  const theirEdits = readDraftEdits(isRecord(theirs) ? theirs.draftEdits : undefined, ids);
  return {
    ...ours,
    scenarios,
    draftEdits: mergeDraftEdits(ours.draftEdits ?? {}, base.draftEdits ?? {}, theirEdits, renamed, ids),
    currentId: scenarios.some((e) => e.id === currentId) ? currentId : (scenarios[0]?.id ?? currentId),
    baselineId: scenarios.some((e) => e.id === baselineId) ? baselineId : null,
  };
}
