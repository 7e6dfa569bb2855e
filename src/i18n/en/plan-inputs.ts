import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-plan-inputs.ts in English. */
export const planInputs = {
  appendix: 'Appendix: What the plan rests on',
  appendixIntro: (scenario, municipality) => `What the budget rests on: what is entered in “${scenario}” for ${municipality}, and the assumptions.`,
  perYearCaption: 'Persons, request and decision, introduction-programme places and dwellings per year',
  line: 'Line',
  groups: {
    persons: 'Persons to settle',
    decisions: 'Request and decision',
    capacity: 'Capacity',
  },
  settledTotal: 'Settled in total',
  reunified: 'Family reunification (worked out)',
  dwellingsReady: 'New dwellings ready',
  dwellingsReleased: 'Dwellings given back',
  dwellingsAvailable: 'Dwellings available at the end of the year',
  none: '–',
  noneNote: '– means nothing is entered: no request or decision, no limit on places.',
  reunifiedNote: (perSingleAdult) => `Family reunification is worked out: ${perSingleAdult} per single adult settled, spread as the assumptions say.`,
  housing: 'Dwellings',
  ordersCaption: 'Dwellings ordered: when, how many and when they are ready',
  ordersNone: 'No dwellings are ordered.',
  ordered: 'Ordered',
  ready: 'Ready',
  acquiredYes: 'yes',
  acquiredNo: 'no',
  release: (units, month) => `${units} from ${month}`,
  yes: 'yes',
  no: 'no',
  husbankenOn: (zone) => `yes, zone “${zone}”`,
  costs: 'The municipality’s own costs and income',
  costsCaption: 'The municipality’s own amounts, in kroner',
  byYearOfResidence: (label) => `${label} 1–5`,
  costsNotEntered: (lines) => `Not entered (NOK 0): ${lines}.`,
  costsNone: 'The municipality has entered no costs of its own: every cost line is NOK 0.',
} satisfies Translation<Messages['planInputs']>;
