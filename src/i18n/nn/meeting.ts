import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-meeting.ts in nynorsk. */
export const meeting = {
  heading: (name) => `Møtemodus: «${name}»`,
  slides: 'Lysbilete',
  slide: 'lysbilete',
  position: (at, of) => `${at} av ${of}`,
  previous: 'Førre',
  next: 'Neste',
  fullscreen: 'Fullskjerm',
  leaveFullscreen: 'Avslutt fullskjerm',
  leave: 'Avslutt møtemodus',
  keys: '← → og Page Up/Down blar, Esc lukkar «Kva om» eller avsluttar.',
  difference: (amount) => `${amount} mot planen`,
  differenceSmall: 'under 0,05 mill. kr mot planen',
  sameAsPlan: 'som planen',
  predictability: {
    title: 'Kva ein fleirårig avtale er verd',
    running: 'Reknar ut samanlikninga …',
  },
  economy: {
    title: (from, to) => `Økonomiplanen ${from}–${to}`,
    net: 'Netto',
    income: 'Tilskot',
    cost: 'Kostnader',
    estimated: '≈ byggjer på anslåtte satsar',
  },
  persons: {
    title: 'Personar som blir busette per år',
    caption: 'Personar som blir busette per år, med familiegjenforeinte',
    year: 'År',
    settled: 'Busette',
    reunified: 'Familie\u00adgjenforeinte',
    difference: 'mot planen',
  },
  shortage: {
    title: 'Største mangel',
    dwellings: 'Hushald utan bustad',
    places: 'Deltakarar som ventar på plass i introduksjonsprogrammet',
    at: (month) => `verst i ${month}`,
    none: 'ingen mangel',
  },
  whatIf: {
    heading: 'Kva om vi buset fleire eller færre?',
    delta: 'Fleire eller færre per år',
    fewer: 'Éin færre per år',
    more: 'Éin meir per år',
    type: 'Type',
    years: 'I talet på år',
    yearsHint: (from, to) => `${from}–${to}`,
    active: (delta, years) => `Kva om: ${delta} per år i ${years} år (det lagra scenarioet er ikkje endra)`,
    inactive: 'Viser det lagra scenarioet.',
    save: 'Lagre som nytt scenario',
    newName: (name, delta, years) => `${name} (kva om ${delta} i ${years} år)`,
    reset: 'Nullstill',
    capped: (limit, planned, type, year, requested) =>
      `Avgrensa til ${limit} per år: planen har ${planned} ${type} i ${year}, og færre enn ingen kan ikkje busetjast (du bad om ${requested}).`,
  },
} satisfies Translation<Messages['meeting']>;
