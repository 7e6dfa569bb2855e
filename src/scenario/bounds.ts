/**
 * The bounds of every number in a scenario (README "Limits"): the one place they are written.
 * The scenario schema (schema.ts) is built from them, so the command-line planner, file import,
 * share links and stored data refuse the same values; the input fields take their limits from
 * here too (`boundAt`). Each bound is far above what any municipality could plan, and low enough
 * that every sum the engine forms stays a finite, exact integer (below
 * Number.MAX_SAFE_INTEGER): see the property test in tests/scenario/extreme.test.ts.
 */

/** The largest value of each kind of number, with the reason in the README table. */
export const LIMITS = {
  /** Persons of one type in one year (Oslo settles under 2 000 in a record year). */
  personsPerYear: 10_000,
  /** Dwellings at the start of the plan: fifteen years of the largest yearly count. */
  dwellingsAtStart: 150_000,
  /** Dwellings in one order or one release. */
  dwellingsPerRow: 10_000,
  /** Rows in a list the planner adds to: orders, releases, programme durations. */
  rows: 100,
  /** Rate overrides: one per rate and year is far fewer. */
  rateOverrides: 1_000,
  /** Kroner per person, place or dwelling (a dwelling bought or built costs far less). */
  kronerPerUnit: 50_000_000,
  /** Kroner per dwelling or household and month (rent or premium of a month). */
  kronerPerMonth: 1_000_000,
  /** Kroner a year for the whole service (administration). */
  kronerPerYear: 1_000_000_000,
  /** Kroner per person and year for other services (health, care, school). */
  otherServicesPerPerson: 10_000_000,
  /** The block grant's amount per inhabitant and year. */
  blockGrantPerInhabitant: 1_000_000,
  /** Months from order to a ready dwelling. */
  leadTimeMonths: 60,
  /** Months from settlement to the start of the introduction programme. */
  startLagMonths: 24,
  /** Months a participant stays in the introduction programme. */
  programmeMonths: 60,
  /** A factor on a grant (1 = as in the rate table). */
  grantScale: 10,
  /** Family members reunited per settled single adult. */
  perSingleAdult: 10,
  /** Single adults sharing one dwelling. */
  singleAdultsPerDwelling: 10,
  /** Persons in a family household. */
  familySize: 50,
  /** A weight (month profile, ages, durations, lags) before it is scaled to 100 %. */
  weight: 1_000,
} as const;

/**
 * Saved versions kept per scenario (README "Saved versions"). Every version the planner saves
 * is kept, up to `manual` (a manual save beyond it is refused with a message); of the automatic
 * ones (before an import or a restore) the newest `automatic` are kept and older ones give way.
 * With a fifteen-year scenario of some 5 kB, the bound keeps a scenario with all its versions
 * well under the storage's few megabytes and a file under its 1 MB cap.
 */
export const VERSION_LIMITS = {
  /** Versions saved with «Lagre versjon», kept until the planner deletes them. */
  manual: 50,
  /** Versions saved automatically; the oldest gives way to a new one. */
  automatic: 10,
  /** Characters of a version's note. */
  note: 200,
} as const;

/**
 * How a number is typed and checked: a whole count, whole or decimal kroner, a share stored as
 * 0–1 (typed as percent; a grant's factor 0–10), or a decimal. `positive`: must be above `min`.
 */
export type BoundKind = 'count' | 'kroner' | 'share' | 'decimal';

export interface FieldBound {
  readonly kind: BoundKind;
  readonly min: number;
  readonly max: number;
  readonly positive?: boolean;
}

const count = (max: number, min = 0): FieldBound => ({ kind: 'count', min, max });
const kroner = (max: number): FieldBound => ({ kind: 'kroner', min: 0, max });
const decimal = (max: number, positive = false): FieldBound => (positive ? { kind: 'decimal', min: 0, max, positive } : { kind: 'decimal', min: 0, max });
const SHARE: FieldBound = { kind: 'share', min: 0, max: 1 };
const PERSONS = count(LIMITS.personsPerYear);
/** A calendar year the rate tables and plans could concern. */
const YEAR = count(2100, 2000);
const MONTH = count(12, 1);
const WEIGHT = decimal(LIMITS.weight);
const PER_UNIT = kroner(LIMITS.kronerPerUnit);
const PER_MONTH = kroner(LIMITS.kronerPerMonth);
/** A factor on a grant, typed as percent like a share (100 % = as in the rate table). */
const SCALE: FieldBound = { kind: 'share', min: 0, max: LIMITS.grantScale };

/**
 * Every number of the scenario by its path, `*` for a position in a list. The schema reads
 * each of its numbers from here; `boundAt` finds the bound of an issue's path.
 */
export const FIELD_BOUNDS = {
  startYear: YEAR,
  'years.*.singleAdults': PERSONS,
  'years.*.adultsInFamilies': PERSONS,
  'years.*.children': PERSONS,
  'years.*.unaccompaniedMinors': PERSONS,
  'years.*.highNeedsTier1': PERSONS,
  'years.*.highNeedsTier2': PERSONS,
  'years.*.request': PERSONS,
  'years.*.revisedRequest': PERSONS,
  'years.*.decision': PERSONS,
  'years.*.decisionMarginPercent': count(100),
  'years.*.programmePlaces': PERSONS,
  'monthProfile.*': WEIGHT,
  'composition.adultsAged60Plus': SHARE,
  'composition.adultsAged18to55': SHARE,
  'composition.childrenAged0to5': SHARE,
  'composition.norwegianTrainingHighRate': SHARE,
  'composition.adultsCollectiveProtection': SHARE,
  'minors.ageShares.*': WEIGHT,
  highNeedsTier2DocumentedCost: PER_UNIT,
  'settledBefore.persons.*': PERSONS,
  'settledBefore.minors.*': PERSONS,
  'familyReunification.perSingleAdult': decimal(LIMITS.perSingleAdult),
  'familyReunification.lagShares.*': WEIGHT,
  'familyReunification.childShare': SHARE,
  'familyReunification.humanitarianShare': SHARE,
  'leaving.byYearOfResidence.*': SHARE,
  'blockGrant.perInhabitant': kroner(LIMITS.blockGrantPerInhabitant),
  'programme.participation': SHARE,
  'programme.startLagMonths': count(LIMITS.startLagMonths),
  'programme.durations.*.months': count(LIMITS.programmeMonths, 1),
  'programme.durations.*.share': SHARE,
  'programme.under25Share': SHARE,
  'programme.under25WithParentsShare': SHARE,
  'housing.dwellingsAtStart': count(LIMITS.dwellingsAtStart),
  'housing.pipeline.*.year': YEAR,
  'housing.pipeline.*.month': MONTH,
  'housing.releases.*.year': YEAR,
  'housing.releases.*.month': MONTH,
  'housing.pipeline.*.units': count(LIMITS.dwellingsPerRow),
  'housing.pipeline.*.leadTimeMonths': count(LIMITS.leadTimeMonths),
  'housing.releases.*.units': count(LIMITS.dwellingsPerRow),
  'housing.singleAdultsPerDwelling': decimal(LIMITS.singleAdultsPerDwelling, true),
  'housing.familySize': decimal(LIMITS.familySize, true),
  'housing.moveOutByYearOfResidence.*': SHARE,
  'costs.programmeCostPerPlaceYear': PER_UNIT,
  'costs.housingNetCostPerUnitMonth': PER_MONTH,
  'costs.idleUnitCostPerMonth': PER_MONTH,
  'costs.emergencyHousingPremiumPerHouseholdMonth': PER_MONTH,
  'costs.socialAssistanceByYearOfResidence.*': PER_UNIT,
  'costs.careCostPerMinorYear': PER_UNIT,
  'costs.administrationPerYear': kroner(LIMITS.kronerPerYear),
  'costs.acquisitionCostPerUnit': PER_UNIT,
  'costs.otherServicesByYearOfResidence.*': kroner(LIMITS.otherServicesPerPerson),
  'policy.grantScale.integration': SCALE,
  'policy.grantScale.elderly': SCALE,
  'policy.grantScale.kindergarten': SCALE,
  'policy.grantScale.minors': SCALE,
  'policy.grantScale.highNeeds': SCALE,
  'policy.grantScale.aboveRequest': SCALE,
  'policy.grantScale.norwegianTraining': SCALE,
  'policy.aboveRequestBonusPerPerson': PER_UNIT,
  'policy.minorsCareRefundShare': SHARE,
  'rateOverrides.*.year': YEAR,
  'rateOverrides.*.value': PER_UNIT,
} as const satisfies Record<string, FieldBound>;

export type BoundedPath = keyof typeof FIELD_BOUNDS;

/** The pattern of a path: list positions as `*` (`years[2].children` → `years.*.children`). */
export function pathPattern(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? '*' : String(key))).join('.');
}

/** The bound of the number at `path` (a list of keys, or a pattern), if it is one. */
export function boundAt(path: readonly PropertyKey[] | string): FieldBound | undefined {
  const pattern = typeof path === 'string' ? path : pathPattern(path);
  return Object.hasOwn(FIELD_BOUNDS, pattern) ? FIELD_BOUNDS[pattern as BoundedPath] : undefined;
}

/** The rule a bound sets, in English, for the schema's messages and the command-line planner. */
export function boundText(bound: FieldBound): string {
  const range = `from ${bound.min} to ${bound.max}`;
  switch (bound.kind) {
    case 'count':
      return `must be a whole number ${range}`;
    case 'kroner':
      return `must be an amount of kroner ${range}`;
    case 'share':
      return `must be a share from 0 to ${bound.max}`;
    case 'decimal':
      return bound.positive ? `must be a number above ${bound.min} and at most ${bound.max}` : `must be a number ${range}`;
  }
}

/** True when `value` meets `bound` (the schema's check, for tests and callers without zod). */
export function withinBound(value: unknown, bound: FieldBound): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (bound.kind === 'count' && !Number.isInteger(value)) return false;
  if (bound.positive ? value <= bound.min : value < bound.min) return false;
  return value <= bound.max;
}
