import { ASSUMPTIONS, defaultScenario, ZERO_COSTS, type HousingInput, type HousingZone, type Scenario } from '../../engine';
import { normalise } from '../../lib/shares';

/**
 * The defaults the editor shows and resets to (src/engine/defaults.ts), and which of them are
 * assumptions. Groups that hold no plan years or municipality are the same for every scenario.
 */
export const DEFAULTS: Scenario = defaultScenario('0000', 2026, 1);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameShares = (a: readonly number[], b: readonly number[]) => same(normalise(a), normalise(b));

/** Each group of inputs: is it at its default? (The zone's default is the municipality's.) */
export const AT_DEFAULT = {
  composition: (s: Scenario) => same(s.composition, DEFAULTS.composition),
  minors: (s: Scenario) =>
    sameShares(s.minors.ageShares, DEFAULTS.minors.ageShares) && s.minors.settlementYear === DEFAULTS.minors.settlementYear,
  highNeeds: (s: Scenario) => s.highNeedsTier2DocumentedCost === DEFAULTS.highNeedsTier2DocumentedCost,
  settledBefore: (s: Scenario) => same(s.settledBefore, DEFAULTS.settledBefore),
  leaving: (s: Scenario) => same(s.leaving, DEFAULTS.leaving),
  family: (s: Scenario) => {
    const f = s.familyReunification;
    const d = DEFAULTS.familyReunification;
    return same({ ...f, lagShares: normalise(f.lagShares) }, { ...d, lagShares: normalise(d.lagShares) });
  },
  months: (s: Scenario) => sameShares(s.monthProfile, DEFAULTS.monthProfile),
  programme: (s: Scenario) => same(s.programme, DEFAULTS.programme),
  stock: (s: Scenario) => s.housing.dwellingsAtStart === 0 && s.housing.pipeline.length === 0 && s.housing.releases.length === 0,
  households: (s: Scenario) =>
    s.housing.singleAdultsPerDwelling === DEFAULTS.housing.singleAdultsPerDwelling &&
    s.housing.familySize === DEFAULTS.housing.familySize &&
    s.housing.delaySettlementWithoutDwelling === DEFAULTS.housing.delaySettlementWithoutDwelling,
  moveOut: (s: Scenario) => same(s.housing.moveOutByYearOfResidence, DEFAULTS.housing.moveOutByYearOfResidence),
  husbanken: (h: HousingInput, zone: HousingZone) => h.zone === zone && h.husbankenGrant === DEFAULTS.housing.husbankenGrant,
  costs: (s: Scenario) => same(s.costs, ZERO_COSTS) && s.blockGrant.perInhabitant === 0,
} as const;

const covers = (key: string, path: string) => path === key || path.startsWith(`${key}.`);

/** The default at `path` (e.g. "composition.adultsAged60Plus") is an assumption (ASSUMPTIONS). */
export const isAssumption = (path: string): boolean => ASSUMPTIONS.some((a) => covers(a.key, path));

/**
 * Where the assumptions behind these paths come from, each source once, in the language of
 * `names` (the engine's own bokmål text where a key has no entry there).
 */
export function assumptionSources(paths: readonly string[], names: Readonly<Record<string, string>>): string[] {
  const sources = ASSUMPTIONS.filter((a) => paths.some((p) => covers(a.key, p))).map((a) => names[a.key] ?? a.source);
  return [...new Set(sources)];
}
