import { z } from 'zod';
import { defaultScenario, MAX_HORIZON_YEARS } from '../engine/defaults';
import { RATE_PATHS } from '../engine/overrides';
import type { Scenario } from '../engine/scenario';

/**
 * The scenario file format, version 1 (README "Scenario files"). Shared by the app (storage,
 * import, export) and the command-line planner. Only `formatVersion`, `municipalityCode`,
 * `startYear` and `years` are required; every other field falls back to the default of
 * FACTS.md §8, so an older or hand-written file opens with the defaults filled in.
 */

export const SCENARIO_FORMAT_VERSION = 1;

const D = defaultScenario('0000', 2026, 1);

const count = z
  .number({ error: 'must be a whole number ≥ 0' })
  .int({ error: 'must be a whole number ≥ 0' })
  .min(0, { error: 'must be a whole number ≥ 0' });
const amount = z.number({ error: 'must be a number of kroner ≥ 0' }).min(0, { error: 'must be a number of kroner ≥ 0' });
const share = z.number({ error: 'must be a share between 0 and 1' }).min(0, { error: 'must be a share between 0 and 1' }).max(1, { error: 'must be a share between 0 and 1' });
const weight = z.number({ error: 'must be a weight ≥ 0' }).min(0, { error: 'must be a weight ≥ 0' });
const positive = z.number({ error: 'must be a number > 0' }).positive({ error: 'must be a number > 0' });
const year = z.number({ error: 'must be a year' }).int({ error: 'must be a year' }).min(2000, { error: 'must be a year from 2000 to 2100' }).max(2100, { error: 'must be a year from 2000 to 2100' });
const month = z.number({ error: 'must be a month 1–12' }).int({ error: 'must be a month 1–12' }).min(1, { error: 'must be a month 1–12' }).max(12, { error: 'must be a month 1–12' });
const nullableCount = count.nullable();

const yearInput = z.strictObject({
  singleAdults: count.default(0),
  adultsInFamilies: count.default(0),
  children: count.default(0),
  unaccompaniedMinors: count.default(0),
  highNeedsTier1: count.default(0),
  highNeedsTier2: count.default(0),
  request: nullableCount.default(null),
  decision: nullableCount.default(null),
  programmePlaces: nullableCount.default(null),
});

const five = <T extends z.ZodType<number>>(t: T) => z.tuple([t, t, t, t, t]);
const three = <T extends z.ZodType<number>>(t: T) => z.tuple([t, t, t]);

const composition = z.strictObject({
  adultsAged60Plus: share.default(D.composition.adultsAged60Plus),
  adultsAged18to55: share.default(D.composition.adultsAged18to55),
  childrenAged0to5: share.default(D.composition.childrenAged0to5),
  norwegianTrainingHighRate: share.default(D.composition.norwegianTrainingHighRate),
});

const programme = z.strictObject({
  participation: share.default(D.programme.participation),
  startLagMonths: count.max(24, { error: 'must be at most 24 months' }).default(D.programme.startLagMonths),
  durations: z
    .array(z.strictObject({ months: count.min(1, { error: 'must be a whole number of months ≥ 1' }), share: weight }))
    .min(1, { error: 'must list at least one duration' })
    .default([...D.programme.durations]),
  under25Share: share.default(D.programme.under25Share),
  under25WithParentsShare: share.default(D.programme.under25WithParentsShare),
});

const housing = z.strictObject({
  dwellingsAtStart: count.default(0),
  pipeline: z
    .array(z.strictObject({ year, month, units: count, leadTimeMonths: count.max(60, { error: 'must be at most 60 months' }), acquired: z.boolean().default(false) }))
    .default([]),
  releases: z.array(z.strictObject({ year, month, units: count })).default([]),
  singleAdultsPerDwelling: positive.default(D.housing.singleAdultsPerDwelling),
  familySize: positive.default(D.housing.familySize),
  moveOutByYearOfResidence: five(share).default([...D.housing.moveOutByYearOfResidence]),
  delaySettlementWithoutDwelling: z.boolean().default(false),
  zone: z.enum(['oslo', 'baerum', 'large-city', 'city', 'regional', 'other']).default('other'),
  husbankenGrant: z.boolean().default(false),
});

const costs = z.strictObject({
  programmeCostPerPlaceYear: amount.default(0),
  housingNetCostPerUnitMonth: amount.default(0),
  idleUnitCostPerMonth: amount.default(0),
  emergencyHousingPremiumPerHouseholdMonth: amount.default(0),
  socialAssistanceByYearOfResidence: five(amount).default([0, 0, 0, 0, 0]),
  careCostPerMinorYear: amount.default(0),
  administrationPerYear: amount.default(0),
  acquisitionCostPerUnit: amount.default(0),
});

const scale = z.number({ error: 'must be a factor ≥ 0' }).min(0, { error: 'must be a factor ≥ 0' }).max(10, { error: 'must be a factor of at most 10' });

const policy = z.strictObject({
  grantScale: z
    .strictObject({
      integration: scale.default(1),
      elderly: scale.default(1),
      kindergarten: scale.default(1),
      minors: scale.default(1),
      highNeeds: scale.default(1),
      aboveRequest: scale.default(1),
      norwegianTraining: scale.default(1),
    })
    .prefault({}),
  aboveRequestBonusPerPerson: amount.default(0),
});

export const scenarioSchema = z.strictObject(
  {
  formatVersion: z.literal(SCENARIO_FORMAT_VERSION, { error: `must be ${SCENARIO_FORMAT_VERSION}` }),
  name: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(120, { error: 'must be at most 120 characters' }).default(D.name),
  municipalityCode: z.string({ error: 'must be a four-digit municipality code' }).regex(/^\d{4}$/, { error: 'must be a four-digit municipality code' }),
  startYear: year,
  years: z
    .array(yearInput, { error: 'must be a list of years' })
    .min(1, { error: 'must hold 1 to 15 years' })
    .max(MAX_HORIZON_YEARS, { error: 'must hold 1 to 15 years' }),
  monthProfile: z
    .array(weight)
    .length(12, { error: 'must hold twelve weights' })
    .refine((w) => w.some((x) => x > 0), { error: 'must have a weight above 0' })
    .default([...D.monthProfile]),
  composition: composition.prefault({}),
  minors: z
    .strictObject({
      ageShares: three(weight).default([...D.minors.ageShares]),
      settlementYear: z.enum(['months', 'full-year']).default('months'),
    })
    .prefault({}),
  highNeedsTier2DocumentedCost: amount.default(0),
  familyReunification: z
    .strictObject({
      perSingleAdult: z.number({ error: 'must be a number ≥ 0' }).min(0, { error: 'must be a number ≥ 0' }).max(10, { error: 'must be at most 10' }).default(D.familyReunification.perSingleAdult),
      lagShares: three(weight).default([...D.familyReunification.lagShares]),
      childShare: share.default(D.familyReunification.childShare),
      humanitarianShare: share.default(D.familyReunification.humanitarianShare),
    })
    .prefault({}),
  programme: programme.prefault({}),
  housing: housing.prefault({}),
  costs: costs.prefault({}),
  policy: policy.prefault({}),
  rateOverrides: z
    .array(
      z.strictObject({
        year,
        rate: z.enum(RATE_PATHS, { error: `must be one of ${RATE_PATHS.join(', ')}` }),
        value: amount,
        source: z.string({ error: 'must be text' }).max(200, { error: 'must be at most 200 characters' }).default(''),
      }),
    )
    .default([]),
  },
  { error: 'must be a scenario object' },
) satisfies z.ZodType<Scenario, unknown>;
