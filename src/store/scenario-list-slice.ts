import { copyDraftEdits } from './draft-edits';
import { defaultScenario, type Scenario } from '../engine';
import { VERSION_LIMITS } from '../scenario/bounds';
import { parseScenario } from '../scenario/parse';
import { listState, nextScenarioId } from './entries';
import { firstPlanYear, initialScenario } from './scenario-slice';
import { withVersion } from './version-slice';
import type { SliceCreator } from './slice-creator';
import type { AppState, ScenarioEntry, ScenarioListSlice } from './state';

type InitialList = Pick<AppState, 'scenarios' | 'currentId' | 'baselineId' | 'scenario' | 'shelvedYears'>;

/** The list a new planner starts with: one empty scenario, current and baseline. */
export function initialList(today: Date): InitialList {
  const entry: ScenarioEntry = { id: 's1', scenario: initialScenario(today), shelvedYears: [] };
  return { ...listState([entry], entry.id), baselineId: entry.id };
}

/** A name the scenario format accepts, or the scenario's own name if `name` is not one. */
function named(scenario: Scenario, name: string): Scenario {
  const parsed = parseScenario({ ...scenario, name });
  return parsed.ok ? parsed.scenario : scenario;
}

/**
 * The list of scenarios: create, duplicate, rename, delete (and put back), switch and mark the
 * baseline. Each action is one `set`, so one undo step.
 */
export const createScenarioListSlice =
  (today: Date): SliceCreator<ScenarioListSlice & Pick<AppState, 'scenario' | 'shelvedYears'>> =>
  (set, get) => {
    const append = (scenario: Scenario, shelvedYears: ScenarioEntry['shelvedYears'] = [], versions: ScenarioEntry['versions'] = []): string => {
      const { scenarios } = get();
      const id = nextScenarioId(scenarios);
      const entry: ScenarioEntry = versions.length === 0 ? { id, scenario, shelvedYears } : { id, scenario, shelvedYears, versions };
      set(listState([...scenarios, entry], id));
      return id;
    };

    return {
      ...initialList(today),

      createScenario: (name) => {
        const { scenario, reference } = get();
        const code = scenario.municipalityCode;
        const zone = reference.status === 'ready' ? reference.bundle.zoneByMunicipality[code] : undefined;
        const fresh = defaultScenario(code, firstPlanYear(today));
        return append(named(zone === undefined ? fresh : { ...fresh, housing: { ...fresh.housing, zone } }, name));
      },

      duplicateScenario: (id, name) => {
        const source = get().scenarios.find((e) => e.id === id);
        if (source === undefined) return null;
        const copy = append(named(source.scenario, name), source.shelvedYears);
        // The copy's council draft starts with the original's edits.
        set({ draftEdits: copyDraftEdits(get().draftEdits, id, copy) });
        return copy;
      },

      renameScenario: (id, name) => {
        const { scenarios, currentId } = get();
        const entry = scenarios.find((e) => e.id === id);
        if (entry === undefined) return { ok: false, issues: [`no scenario with id ${id}`] };
        const parsed = parseScenario({ ...entry.scenario, name });
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        if (parsed.scenario.name === entry.scenario.name) return { ok: true };
        const renamed = { ...entry, scenario: { ...entry.scenario, name: parsed.scenario.name } };
        set(listState(scenarios.map((e) => (e.id === id ? renamed : e)), currentId));
        return { ok: true };
      },

      deleteScenario: (id) => {
        const { scenarios, currentId, baselineId } = get();
        const index = scenarios.findIndex((e) => e.id === id);
        const entry = scenarios[index];
        if (entry === undefined || scenarios.length === 1) return null;
        const rest = scenarios.filter((e) => e.id !== id);
        // The current one deleted: the next in the list (or the one before, at the end) follows.
        const nextCurrent = id === currentId ? (rest[Math.min(index, rest.length - 1)]?.id ?? '') : currentId;
        set({ ...listState(rest, nextCurrent), baselineId: baselineId === id ? null : baselineId });
        return { entry, index, wasBaseline: baselineId === id };
      },

      restoreScenario: ({ entry, index, wasBaseline }) => {
        const { scenarios, currentId, baselineId } = get();
        if (scenarios.some((e) => e.id === entry.id)) return;
        const at = Math.min(index, scenarios.length);
        const restored = [...scenarios.slice(0, at), entry, ...scenarios.slice(at)];
        set({ ...listState(restored, currentId), baselineId: wasBaseline && baselineId === null ? entry.id : baselineId });
      },

      switchScenario: (id) => {
        const { scenarios, currentId } = get();
        if (id !== currentId && scenarios.some((e) => e.id === id)) set(listState(scenarios, id));
      },

      setBaseline: (id) => {
        const { scenarios, baselineId } = get();
        if (id !== baselineId && scenarios.some((e) => e.id === id)) set({ baselineId: id });
      },

      addScenario: (scenario, imported) =>
        // The scenario as read from the file is kept as a version, so that later edits show against it.
        imported === undefined ? append(scenario) : append(scenario, [], withVersion(imported.versions, scenario, 'import', imported.fileName.slice(0, VERSION_LIMITS.note), imported.now)),
    };
  };
