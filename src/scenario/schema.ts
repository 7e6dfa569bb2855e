import * as z from 'zod/mini';
import { defaultScenario, MAX_HORIZON_YEARS, MINOR_AGES, RATE_PATHS, type Scenario } from '../engine';
import { boundText, FIELD_BOUNDS, LIMITS, VERSION_LIMITS, type BoundedPath, type FieldBound } from './bounds';
import { RULES, SCENARIO_FORMAT_VERSION } from './rules';

/**
 * The scenario file format, version 3 (README "Scenario files"); version 1 and 2 files are
 * migrated by `migrateScenario` (migrate.ts) before this schema reads them. Shared by the app (storage,
 * import, export) and the command-line planner. Only `formatVersion`, `municipalityCode`,
 * `startYear` and `years` are required; every other field falls back to its default (an
 * assumption: docs/model.md#defaults-that-are-assumptions), so an older or hand-written file
 * opens with the defaults filled in.
 *
 * Written with `zod/mini`'s functional API (checks via `.check(...)`, wrappers as functions) so
 * the bundler keeps only the parts of zod this schema uses.
 */

export { SCENARIO_FORMAT_VERSION };

const D = defaultScenario('0000', 2026, 1);

/** The number at a path of FIELD_BOUNDS (bounds.ts), with its bound and message. */
const bounded = (path: BoundedPath) => {
  const bound: FieldBound = FIELD_BOUNDS[path];
  const error = boundText(bound);
  const checks = [
    ...(bound.kind === 'count' ? [z.int({ error })] : []),
    bound.positive ? z.gt(bound.min, { error }) : z.minimum(bound.min, { error }),
    z.maximum(bound.max, { error }),
  ];
  return z.number({ error }).check(...checks);
};
/** A list the planner adds rows to, at most `max` rows. */
const yearInput = z.strictObject({
  singleAdults: z._default(bounded('years.*.singleAdults'), 0),
  adultsInFamilies: z._default(bounded('years.*.adultsInFamilies'), 0),
  children: z._default(bounded('years.*.children'), 0),
  unaccompaniedMinors: z._default(bounded('years.*.unaccompaniedMinors'), 0),
  highNeedsTier1: z._default(bounded('years.*.highNeedsTier1'), 0),
  highNeedsTier2: z._default(bounded('years.*.highNeedsTier2'), 0),
  request: z._default(z.nullable(bounded('years.*.request')), null),
  revisedRequest: z._default(z.nullable(bounded('years.*.revisedRequest')), null),
  decision: z._default(z.nullable(bounded('years.*.decision')), null),
  decisionMarginPercent: z._default(bounded('years.*.decisionMarginPercent'), 0),
  programmePlaces: z._default(z.nullable(bounded('years.*.programmePlaces')), null),
});

const five = <T extends z.ZodMiniType<number>>(t: T) => z.tuple([t, t, t, t, t]);
const three = <T extends z.ZodMiniType<number>>(t: T) => z.tuple([t, t, t]);
const four = <T extends z.ZodMiniType<number>>(t: T) => z.tuple([t, t, t, t]);

const composition = z.strictObject({
  adultsAged60Plus: z._default(bounded('composition.adultsAged60Plus'), D.composition.adultsAged60Plus),
  adultsAged18to55: z._default(bounded('composition.adultsAged18to55'), D.composition.adultsAged18to55),
  childrenAged0to5: z._default(bounded('composition.childrenAged0to5'), D.composition.childrenAged0to5),
  norwegianTrainingHighRate: z._default(bounded('composition.norwegianTrainingHighRate'), D.composition.norwegianTrainingHighRate),
  adultsCollectiveProtection: z._default(bounded('composition.adultsCollectiveProtection'), D.composition.adultsCollectiveProtection),
});

const programme = z.strictObject({
  participation: z._default(bounded('programme.participation'), D.programme.participation),
  startLagMonths: z._default(bounded('programme.startLagMonths'), D.programme.startLagMonths),
  durations: z._default(
    z
      .array(z.strictObject({ months: bounded('programme.durations.*.months'), share: bounded('programme.durations.*.share') }))
      .check(z.minLength(1, { error: RULES.durations }), z.maxLength(LIMITS.rows, { error: RULES.rows })),
    [...D.programme.durations],
  ),
  under25Share: z._default(bounded('programme.under25Share'), D.programme.under25Share),
  under25WithParentsShare: z._default(bounded('programme.under25WithParentsShare'), D.programme.under25WithParentsShare),
});

const housing = z.strictObject({
  dwellingsAtStart: z._default(bounded('housing.dwellingsAtStart'), 0),
  pipeline: z._default(
    z.array(
      z.strictObject({
        year: bounded('housing.pipeline.*.year'),
        month: bounded('housing.pipeline.*.month'),
        units: bounded('housing.pipeline.*.units'),
        leadTimeMonths: bounded('housing.pipeline.*.leadTimeMonths'),
        acquired: z._default(z.boolean(), false),
      }),
    ).check(z.maxLength(LIMITS.rows, { error: RULES.rows })),
    [],
  ),
  releases: z._default(
    z.array(z.strictObject({ year: bounded('housing.releases.*.year'), month: bounded('housing.releases.*.month'), units: bounded('housing.releases.*.units') })).check(z.maxLength(LIMITS.rows, { error: RULES.rows })),
    [],
  ),
  singleAdultsPerDwelling: z._default(bounded('housing.singleAdultsPerDwelling'), D.housing.singleAdultsPerDwelling),
  familySize: z._default(bounded('housing.familySize'), D.housing.familySize),
  moveOutByYearOfResidence: z._default(five(bounded('housing.moveOutByYearOfResidence.*')), [...D.housing.moveOutByYearOfResidence]),
  delaySettlementWithoutDwelling: z._default(z.boolean(), false),
  zone: z._default(z.enum(['oslo', 'baerum', 'large-city', 'city', 'regional', 'other']), 'other'),
  husbankenGrant: z._default(z.boolean(), false),
});

const costs = z.strictObject({
  programmeCostPerPlaceYear: z._default(bounded('costs.programmeCostPerPlaceYear'), 0),
  housingNetCostPerUnitMonth: z._default(bounded('costs.housingNetCostPerUnitMonth'), 0),
  idleUnitCostPerMonth: z._default(bounded('costs.idleUnitCostPerMonth'), 0),
  emergencyHousingPremiumPerHouseholdMonth: z._default(bounded('costs.emergencyHousingPremiumPerHouseholdMonth'), 0),
  socialAssistanceByYearOfResidence: z._default(five(bounded('costs.socialAssistanceByYearOfResidence.*')), [0, 0, 0, 0, 0]),
  careCostPerMinorYear: z._default(bounded('costs.careCostPerMinorYear'), 0),
  administrationPerYear: z._default(bounded('costs.administrationPerYear'), 0),
  acquisitionCostPerUnit: z._default(bounded('costs.acquisitionCostPerUnit'), 0),
  otherServicesByYearOfResidence: z._default(five(bounded('costs.otherServicesByYearOfResidence.*')), [0, 0, 0, 0, 0]),
});

const policy = z.strictObject({
  grantScale: z.prefault(
    z.strictObject({
      integration: z._default(bounded('policy.grantScale.integration'), 1),
      elderly: z._default(bounded('policy.grantScale.elderly'), 1),
      kindergarten: z._default(bounded('policy.grantScale.kindergarten'), 1),
      minors: z._default(bounded('policy.grantScale.minors'), 1),
      highNeeds: z._default(bounded('policy.grantScale.highNeeds'), 1),
      aboveRequest: z._default(bounded('policy.grantScale.aboveRequest'), 1),
      norwegianTraining: z._default(bounded('policy.grantScale.norwegianTraining'), 1),
    }),
    {},
  ),
  aboveRequestBonusPerPerson: z._default(bounded('policy.aboveRequestBonusPerPerson'), 0),
  minorsCareRefundShare: z._default(bounded('policy.minorsCareRefundShare'), 0),
});

export const scenarioSchema = z.strictObject(
  {
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION, { error: RULES.formatVersion }),
    name: z._default(
      z
        .string({ error: RULES.text })
        .check(z.trim(), z.minLength(1, { error: RULES.notEmpty }), z.maxLength(120, { error: RULES.nameLength })),
      D.name,
    ),
    municipalityCode: z
      .string({ error: RULES.municipalityCode })
      .check(z.regex(/^\d{4}$/, { error: RULES.municipalityCode })),
    startYear: bounded('startYear'),
    years: z
      .array(yearInput, { error: RULES.yearList })
      .check(z.minLength(1, { error: RULES.yearCount }), z.maxLength(MAX_HORIZON_YEARS, { error: RULES.yearCount })),
    monthProfile: z._default(
      z
        .array(bounded('monthProfile.*'))
        .check(
          z.length(12, { error: RULES.monthWeights }),
          z.refine((w) => w.some((x) => x > 0), { error: RULES.someWeight }),
        ),
      [...D.monthProfile],
    ),
    composition: z.prefault(composition, {}),
    minors: z.prefault(
      z.strictObject({
        ageShares: z._default(
          z.array(bounded('minors.ageShares.*')).check(z.length(MINOR_AGES.length, { error: RULES.ageWeights })),
          [...D.minors.ageShares],
        ),
        settlementYear: z._default(z.enum(['months', 'full-year']), 'months'),
      }),
      {},
    ),
    highNeedsTier2DocumentedCost: z._default(bounded('highNeedsTier2DocumentedCost'), 0),
    settledBefore: z.prefault(
      z.strictObject({
        persons: z._default(four(bounded('settledBefore.persons.*')), [0, 0, 0, 0]),
        minors: z._default(four(bounded('settledBefore.minors.*')), [0, 0, 0, 0]),
      }),
      {},
    ),
    familyReunification: z.prefault(
      z.strictObject({
        perSingleAdult: z._default(bounded('familyReunification.perSingleAdult'), D.familyReunification.perSingleAdult),
        lagShares: z._default(three(bounded('familyReunification.lagShares.*')), [...D.familyReunification.lagShares]),
        childShare: z._default(bounded('familyReunification.childShare'), D.familyReunification.childShare),
        humanitarianShare: z._default(bounded('familyReunification.humanitarianShare'), D.familyReunification.humanitarianShare),
      }),
      {},
    ),
    leaving: z.prefault(z.strictObject({ byYearOfResidence: z._default(five(bounded('leaving.byYearOfResidence.*')), [0, 0, 0, 0, 0]) }), {}),
    blockGrant: z.prefault(z.strictObject({ perInhabitant: z._default(bounded('blockGrant.perInhabitant'), 0) }), {}),
    programme: z.prefault(programme, {}),
    housing: z.prefault(housing, {}),
    costs: z.prefault(costs, {}),
    policy: z.prefault(policy, {}),
    rateOverrides: z._default(
      z.array(
        z.strictObject({
          year: bounded('rateOverrides.*.year'),
          rate: z.enum(RATE_PATHS, { error: RULES.rate }),
          value: bounded('rateOverrides.*.value'),
          source: z._default(z.string({ error: RULES.text }).check(z.maxLength(VERSION_LIMITS.note, { error: RULES.shortText })), ''),
        }),
      ).check(z.maxLength(LIMITS.rateOverrides, { error: RULES.rateOverrides })),
      [],
    ),
  },
  // Only a value that is no object at all gets this message; an unknown field is named as such.
  { error: (issue) => (issue.code === 'invalid_type' ? RULES.scenarioObject : undefined) },
) satisfies z.ZodMiniType<Scenario, unknown>;
