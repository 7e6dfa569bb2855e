import * as z from 'zod/mini';
import { defaultScenario, FIRST_MINOR_AGE, LAST_MINOR_AGE, MAX_HORIZON_YEARS, MINOR_AGES, RATE_PATHS, type Scenario } from '../engine';

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

export const SCENARIO_FORMAT_VERSION = 3;

const D = defaultScenario('0000', 2026, 1);

const count = z.number({ error: 'must be a whole number ≥ 0' }).check(
  z.int({ error: 'must be a whole number ≥ 0' }),
  z.minimum(0, { error: 'must be a whole number ≥ 0' }),
);
const amount = z.number({ error: 'must be a number of kroner ≥ 0' }).check(z.minimum(0, { error: 'must be a number of kroner ≥ 0' }));
/** An amount of kroner with an upper bound, for the fields version 2 added. */
const amountUpTo = (max: number) => {
  const error = `must be a number of kroner from 0 to ${max}`;
  return z.number({ error }).check(z.minimum(0, { error }), z.maximum(max, { error }));
};
const share = z
  .number({ error: 'must be a share between 0 and 1' })
  .check(z.minimum(0, { error: 'must be a share between 0 and 1' }), z.maximum(1, { error: 'must be a share between 0 and 1' }));
const weight = z.number({ error: 'must be a weight ≥ 0' }).check(z.minimum(0, { error: 'must be a weight ≥ 0' }));
const positive = z.number({ error: 'must be a number > 0' }).check(z.positive({ error: 'must be a number > 0' }));
const year = z
  .number({ error: 'must be a year' })
  .check(
    z.int({ error: 'must be a year' }),
    z.minimum(2000, { error: 'must be a year from 2000 to 2100' }),
    z.maximum(2100, { error: 'must be a year from 2000 to 2100' }),
  );
const month = z
  .number({ error: 'must be a month 1–12' })
  .check(z.int({ error: 'must be a month 1–12' }), z.minimum(1, { error: 'must be a month 1–12' }), z.maximum(12, { error: 'must be a month 1–12' }));
const nullableCount = z.nullable(count);

const yearInput = z.strictObject({
  singleAdults: z._default(count, 0),
  adultsInFamilies: z._default(count, 0),
  children: z._default(count, 0),
  unaccompaniedMinors: z._default(count, 0),
  highNeedsTier1: z._default(count, 0),
  highNeedsTier2: z._default(count, 0),
  request: z._default(nullableCount, null),
  revisedRequest: z._default(nullableCount, null),
  decision: z._default(nullableCount, null),
  decisionMarginPercent: z._default(
    count.check(z.maximum(100, { error: 'must be a whole per cent from 0 to 100' })),
    0,
  ),
  programmePlaces: z._default(nullableCount, null),
});

const five = <T extends z.ZodMiniType<number>>(t: T) => z.tuple([t, t, t, t, t]);
const three = <T extends z.ZodMiniType<number>>(t: T) => z.tuple([t, t, t]);
const four = <T extends z.ZodMiniType<number>>(t: T) => z.tuple([t, t, t, t]);

const composition = z.strictObject({
  adultsAged60Plus: z._default(share, D.composition.adultsAged60Plus),
  adultsAged18to55: z._default(share, D.composition.adultsAged18to55),
  childrenAged0to5: z._default(share, D.composition.childrenAged0to5),
  norwegianTrainingHighRate: z._default(share, D.composition.norwegianTrainingHighRate),
  adultsCollectiveProtection: z._default(share, D.composition.adultsCollectiveProtection),
});

const programme = z.strictObject({
  participation: z._default(share, D.programme.participation),
  startLagMonths: z._default(count.check(z.maximum(24, { error: 'must be at most 24 months' })), D.programme.startLagMonths),
  durations: z._default(
    z
      .array(z.strictObject({ months: count.check(z.minimum(1, { error: 'must be a whole number of months ≥ 1' })), share: weight }))
      .check(z.minLength(1, { error: 'must list at least one duration' })),
    [...D.programme.durations],
  ),
  under25Share: z._default(share, D.programme.under25Share),
  under25WithParentsShare: z._default(share, D.programme.under25WithParentsShare),
});

const housing = z.strictObject({
  dwellingsAtStart: z._default(count, 0),
  pipeline: z._default(
    z.array(
      z.strictObject({
        year,
        month,
        units: count,
        leadTimeMonths: count.check(z.maximum(60, { error: 'must be at most 60 months' })),
        acquired: z._default(z.boolean(), false),
      }),
    ),
    [],
  ),
  releases: z._default(z.array(z.strictObject({ year, month, units: count })), []),
  singleAdultsPerDwelling: z._default(positive, D.housing.singleAdultsPerDwelling),
  familySize: z._default(positive, D.housing.familySize),
  moveOutByYearOfResidence: z._default(five(share), [...D.housing.moveOutByYearOfResidence]),
  delaySettlementWithoutDwelling: z._default(z.boolean(), false),
  zone: z._default(z.enum(['oslo', 'baerum', 'large-city', 'city', 'regional', 'other']), 'other'),
  husbankenGrant: z._default(z.boolean(), false),
});

const costs = z.strictObject({
  programmeCostPerPlaceYear: z._default(amount, 0),
  housingNetCostPerUnitMonth: z._default(amount, 0),
  idleUnitCostPerMonth: z._default(amount, 0),
  emergencyHousingPremiumPerHouseholdMonth: z._default(amount, 0),
  socialAssistanceByYearOfResidence: z._default(five(amount), [0, 0, 0, 0, 0]),
  careCostPerMinorYear: z._default(amount, 0),
  administrationPerYear: z._default(amount, 0),
  acquisitionCostPerUnit: z._default(amount, 0),
  otherServicesByYearOfResidence: z._default(five(amountUpTo(10_000_000)), [0, 0, 0, 0, 0]),
});

const scale = z
  .number({ error: 'must be a factor ≥ 0' })
  .check(z.minimum(0, { error: 'must be a factor ≥ 0' }), z.maximum(10, { error: 'must be a factor of at most 10' }));

const policy = z.strictObject({
  grantScale: z.prefault(
    z.strictObject({
      integration: z._default(scale, 1),
      elderly: z._default(scale, 1),
      kindergarten: z._default(scale, 1),
      minors: z._default(scale, 1),
      highNeeds: z._default(scale, 1),
      aboveRequest: z._default(scale, 1),
      norwegianTraining: z._default(scale, 1),
    }),
    {},
  ),
  aboveRequestBonusPerPerson: z._default(amount, 0),
  minorsCareRefundShare: z._default(share, 0),
});

export const scenarioSchema = z.strictObject(
  {
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION, { error: `must be ${SCENARIO_FORMAT_VERSION}` }),
    name: z._default(
      z
        .string({ error: 'must be text' })
        .check(z.trim(), z.minLength(1, { error: 'must not be empty' }), z.maxLength(120, { error: 'must be at most 120 characters' })),
      D.name,
    ),
    municipalityCode: z
      .string({ error: 'must be a four-digit municipality code' })
      .check(z.regex(/^\d{4}$/, { error: 'must be a four-digit municipality code' })),
    startYear: year,
    years: z
      .array(yearInput, { error: 'must be a list of years' })
      .check(z.minLength(1, { error: 'must hold 1 to 15 years' }), z.maxLength(MAX_HORIZON_YEARS, { error: 'must hold 1 to 15 years' })),
    monthProfile: z._default(
      z
        .array(weight)
        .check(
          z.length(12, { error: 'must hold twelve weights' }),
          z.refine((w) => w.some((x) => x > 0), { error: 'must have a weight above 0' }),
        ),
      [...D.monthProfile],
    ),
    composition: z.prefault(composition, {}),
    minors: z.prefault(
      z.strictObject({
        ageShares: z._default(
          z.array(weight).check(z.length(MINOR_AGES.length, { error: `must hold ${MINOR_AGES.length} weights, ages ${FIRST_MINOR_AGE}–${LAST_MINOR_AGE}` })),
          [...D.minors.ageShares],
        ),
        settlementYear: z._default(z.enum(['months', 'full-year']), 'months'),
      }),
      {},
    ),
    highNeedsTier2DocumentedCost: z._default(amount, 0),
    settledBefore: z.prefault(
      z.strictObject({
        persons: z._default(four(count), [0, 0, 0, 0]),
        minors: z._default(four(count), [0, 0, 0, 0]),
      }),
      {},
    ),
    familyReunification: z.prefault(
      z.strictObject({
        perSingleAdult: z._default(
          z
            .number({ error: 'must be a number ≥ 0' })
            .check(z.minimum(0, { error: 'must be a number ≥ 0' }), z.maximum(10, { error: 'must be at most 10' })),
          D.familyReunification.perSingleAdult,
        ),
        lagShares: z._default(three(weight), [...D.familyReunification.lagShares]),
        childShare: z._default(share, D.familyReunification.childShare),
        humanitarianShare: z._default(share, D.familyReunification.humanitarianShare),
      }),
      {},
    ),
    leaving: z.prefault(z.strictObject({ byYearOfResidence: z._default(five(share), [0, 0, 0, 0, 0]) }), {}),
    blockGrant: z.prefault(z.strictObject({ perInhabitant: z._default(amountUpTo(1_000_000), 0) }), {}),
    programme: z.prefault(programme, {}),
    housing: z.prefault(housing, {}),
    costs: z.prefault(costs, {}),
    policy: z.prefault(policy, {}),
    rateOverrides: z._default(
      z.array(
        z.strictObject({
          year,
          rate: z.enum(RATE_PATHS, { error: `must be one of ${RATE_PATHS.join(', ')}` }),
          value: amount,
          source: z._default(z.string({ error: 'must be text' }).check(z.maxLength(200, { error: 'must be at most 200 characters' })), ''),
        }),
      ),
      [],
    ),
  },
  // Only a value that is no object at all gets this message; an unknown field is named as such.
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a scenario object' : undefined) },
) satisfies z.ZodMiniType<Scenario, unknown>;
