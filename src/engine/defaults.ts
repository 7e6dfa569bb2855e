import { DEFAULT_MINOR_AGE_SHARES } from './minor-ages';
import type { CostInput, Scenario, YearInput } from './scenario';

/**
 * Defaults of a new scenario. Every one of them is an assumption, not a published figure
 * (docs/model.md#defaults-that-are-assumptions), that the UI shows as such and the printed summary
 * lists; `ASSUMPTIONS` says where each comes from.
 */

export const MAX_HORIZON_YEARS = 15;
export const DEFAULT_HORIZON_YEARS = 10;

export const EMPTY_YEAR: YearInput = {
  singleAdults: 0,
  adultsInFamilies: 0,
  children: 0,
  unaccompaniedMinors: 0,
  highNeedsTier1: 0,
  highNeedsTier2: 0,
  request: null,
  revisedRequest: null,
  decision: null,
  decisionMarginPercent: 0,
  programmePlaces: null,
};

/** The year fields that may be left unset (null): IMDi's request, the council's decision and the programme places. */
export const NULLABLE_YEAR_FIELDS: ReadonlySet<keyof YearInput> = new Set(['request', 'revisedRequest', 'decision', 'programmePlaces']);

/** The cost inputs of one amount each, in the order of the budget (social assistance, by year of residence, apart). */
export const UNIT_COSTS = [
  'programmeCostPerPlaceYear',
  'housingNetCostPerUnitMonth',
  'idleUnitCostPerMonth',
  'emergencyHousingPremiumPerHouseholdMonth',
  'careCostPerMinorYear',
  'administrationPerYear',
  'acquisitionCostPerUnit',
] as const satisfies readonly (keyof CostInput)[];

export const ZERO_COSTS: CostInput = {
  programmeCostPerPlaceYear: 0,
  housingNetCostPerUnitMonth: 0,
  idleUnitCostPerMonth: 0,
  emergencyHousingPremiumPerHouseholdMonth: 0,
  socialAssistanceByYearOfResidence: [0, 0, 0, 0, 0],
  careCostPerMinorYear: 0,
  administrationPerYear: 0,
  acquisitionCostPerUnit: 0,
  otherServicesByYearOfResidence: [0, 0, 0, 0, 0],
};

/** A scenario with the default assumptions and no one settled. */
export function defaultScenario(
  municipalityCode: string,
  startYear: number,
  horizonYears: number = DEFAULT_HORIZON_YEARS,
): Scenario {
  return {
    formatVersion: 3,
    name: 'Nytt scenario',
    municipalityCode,
    startYear,
    years: Array.from({ length: horizonYears }, () => EMPTY_YEAR),
    monthProfile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    composition: {
      adultsAged60Plus: 0.03,
      adultsAged18to55: 0.9,
      childrenAged0to5: 0.35,
      norwegianTrainingHighRate: 0.5,
      adultsCollectiveProtection: 0,
    },
    minors: { ageShares: [...DEFAULT_MINOR_AGE_SHARES], settlementYear: 'months' },
    highNeedsTier2DocumentedCost: 0,
    settledBefore: { persons: [0, 0, 0, 0], minors: [0, 0, 0, 0] },
    familyReunification: {
      perSingleAdult: 0.3,
      lagShares: [0.5, 0.5, 0],
      childShare: 0.5,
      humanitarianShare: 0,
    },
    leaving: { byYearOfResidence: [0, 0, 0, 0, 0] },
    blockGrant: { perInhabitant: 0 },
    programme: {
      participation: 0.85,
      startLagMonths: 2,
      durations: [
        { months: 6, share: 0.1 },
        { months: 12, share: 0.2 },
        { months: 24, share: 0.45 },
        { months: 36, share: 0.2 },
        { months: 48, share: 0.05 },
      ],
      under25Share: 0.2,
      under25WithParentsShare: 0,
    },
    housing: {
      dwellingsAtStart: 0,
      pipeline: [],
      releases: [],
      singleAdultsPerDwelling: 1,
      familySize: 4,
      moveOutByYearOfResidence: [0, 0.1, 0.2, 0.3, 0.4],
      delaySettlementWithoutDwelling: false,
      zone: 'other',
      husbankenGrant: false,
    },
    costs: ZERO_COSTS,
    policy: {
      grantScale: {
        integration: 1,
        elderly: 1,
        kindergarten: 1,
        minors: 1,
        highNeeds: 1,
        aboveRequest: 1,
        norwegianTraining: 1,
      },
      aboveRequestBonusPerPerson: 0,
      minorsCareRefundShare: 0,
    },
    rateOverrides: [],
  };
}

/** Composition split of a total (an assumption): single adults 30 %, adults in families 35 %, children 35 %. */
export const DEFAULT_SPLIT = { singleAdults: 0.3, adultsInFamilies: 0.35, children: 0.35 } as const;

/** Where each default comes from, for the UI and the printed list of assumptions. */
export const ASSUMPTIONS: readonly { readonly key: string; readonly source: string }[] = [
  { key: 'split', source: 'Antakelse, ingen offentlig kilde: enslige 30 %, voksne i familier 35 %, barn 35 %' },
  { key: 'composition.adultsAged60Plus', source: 'Antakelse, ingen offentlig kilde: 3 % av voksne er 60 år eller eldre' },
  { key: 'composition.adultsAged18to55', source: 'Antakelse, ingen offentlig kilde: 90 % av voksne er 18–55 år' },
  { key: 'composition.childrenAged0to5', source: 'Antakelse, ingen offentlig kilde: 35 % av barna er 0–5 år' },
  { key: 'composition.norwegianTrainingHighRate', source: 'Antakelse, ingen offentlig kilde: halvparten på høy sats' },
  { key: 'composition.adultsCollectiveProtection', source: 'Antakelse, ingen offentlig kilde: ingen voksne med kollektiv beskyttelse' },
  { key: 'minors.ageShares', source: 'Antakelse, ingen offentlig kilde: alder ved bosetting jevnt fordelt 15–17' },
  { key: 'minors.settlementYear', source: 'Antakelse, ingen offentlig kilde: bosettingsåret betales for månedene fra bosetting' },
  { key: 'familyReunification', source: 'Antakelse, ingen offentlig kilde: 0,3 per enslig voksen, 1–2 år senere' },
  { key: 'familyReunification.childShare', source: 'Antakelse, avledet av fordelingen over: som familiene, 35/(35+35) = 50 % barn' },
  { key: 'monthProfile', source: 'Antakelse, ingen offentlig kilde: jevn fordeling over året' },
  { key: 'programme', source: 'Antakelse, ingen offentlig kilde: 85 % deltar, start etter 2 mnd, varighet 6/12/24/36/48 mnd' },
  { key: 'programme.under25Share', source: 'Antakelse, ingen offentlig kilde: 20 % av deltakerne er under 25' },
  { key: 'housing.familySize', source: 'Antakelse, ingen offentlig kilde: 4 personer per familiehusstand' },
  { key: 'housing.moveOutByYearOfResidence', source: 'Antakelse, ingen offentlig kilde: 0/10/20/30/40 % flytter ut' },
];
