import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-meeting.ts in English. */
export const meeting = {
  heading: (name) => `Meeting mode: “${name}”`,
  slides: 'Slides',
  slide: 'slide',
  position: (at, of) => `${at} of ${of}`,
  previous: 'Previous',
  next: 'Next',
  fullscreen: 'Full screen',
  leaveFullscreen: 'Leave full screen',
  leave: 'Leave meeting mode',
  keys: '← → and Page Up/Down move between slides, Esc closes “What if” or leaves.',
  difference: (amount) => `${amount} compared with the plan`,
  differenceSmall: 'less than NOK 0.05 million compared with the plan',
  sameAsPlan: 'same as the plan',
  predictability: {
    title: 'What a multi-year agreement is worth',
    running: 'Calculating the comparison …',
  },
  economy: {
    title: (from, to) => `The economy plan ${from}–${to}`,
    net: 'Net',
    income: 'Grants',
    cost: 'Costs',
    estimated: '≈ rests on estimated rates',
  },
  persons: {
    title: 'Persons settled per year',
    caption: 'Persons settled per year, with family reunification',
    year: 'Year',
    settled: 'Settled',
    reunified: 'Reunified family members',
    difference: 'vs. the plan',
  },
  shortage: {
    title: 'Largest shortage',
    dwellings: 'Households without a dwelling',
    places: 'Participants waiting for a place in the introduction programme',
    at: (month) => `worst in ${month}`,
    none: 'no shortage',
  },
  whatIf: {
    heading: 'What if we settle more or fewer?',
    delta: 'More or fewer per year',
    fewer: 'One fewer per year',
    more: 'One more per year',
    type: 'Type',
    years: 'For how many years',
    yearsHint: (from, to) => `${from}–${to}`,
    active: (delta, years) => `What if: ${delta} per year for ${years} years (the saved scenario has not changed)`,
    inactive: 'Showing the saved scenario.',
    save: 'Save as a new scenario',
    newName: (name, delta, years) => `${name} (what if ${delta} for ${years} years)`,
    reset: 'Reset',
    capped: (limit, planned, type, year, requested) =>
      `Capped at ${limit} a year: the plan has ${planned} ${type} in ${year}, and fewer than none cannot be settled (you asked for ${requested}).`,
  },
} satisfies Translation<Messages['meeting']>;
