/** Strings of the meeting mode (`#/mote`): the forecast on a projector, read-only, bokmål. */
export const meeting = {
  heading: (name: string) => `Møtemodus: «${name}»`,
  slides: 'Lysbilder',
  slide: 'lysbilde',
  position: (at: number, of: number) => `${at} av ${of}`,
  previous: 'Forrige',
  next: 'Neste',
  fullscreen: 'Fullskjerm',
  leaveFullscreen: 'Avslutt fullskjerm',
  leave: 'Avslutt møtemodus',
  keys: '← → og Page Up/Down blar, Esc lukker «Hva om» eller avslutter.',
  /** A what-if's difference from the saved plan, beside the figure it changes: «+1,2 mill. kr mot planen». */
  difference: (amount: string) => `${amount} mot planen`,
  /** A difference that rounds to nothing at one decimal in millions. */
  differenceSmall: 'under 0,05 mill. kr mot planen',
  sameAsPlan: 'som planen',
  predictability: {
    title: 'Hva en flerårig avtale er verdt',
    running: 'Regner ut sammenligningen …',
  },
  economy: {
    title: (from: number, to: number) => `Økonomiplanen ${from}–${to}`,
    net: 'Netto',
    income: 'Tilskudd',
    cost: 'Kostnader',
    estimated: '≈ bygger på anslåtte satser',
  },
  persons: {
    title: 'Personer som bosettes per år',
    caption: 'Personer som bosettes per år, med familiegjenforente',
    year: 'År',
    settled: 'Bosatte',
    /** With a soft hyphen: a narrow column breaks it as «Familie-» «gjenforente». */
    reunified: 'Familie\u00adgjenforente',
    /** The row under a figure's row with the what-if's difference from the plan (its row's label before it, for screen readers). */
    difference: 'mot planen',
  },
  shortage: {
    title: 'Største mangel',
    dwellings: 'Husstander uten bolig',
    places: 'Deltakere som venter på plass i introduksjonsprogrammet',
    at: (month: string) => `verst i ${month}`,
    none: 'ingen mangel',
  },
  whatIf: {
    heading: 'Hva om vi bosetter flere eller færre?',
    delta: 'Flere eller færre per år',
    fewer: 'Én færre per år',
    more: 'Én mer per år',
    type: 'Type',
    years: 'I antall år',
    yearsHint: (from: number, to: number) => `${from}–${to}`,
    active: (delta: string, years: number) => `Hva om: ${delta} per år i ${years} år (det lagrede scenariet er ikke endret)`,
    inactive: 'Viser det lagrede scenariet.',
    save: 'Lagre som nytt scenario',
    newName: (name: string, delta: string, years: number) => `${name} (hva om ${delta} i ${years} år)`,
    reset: 'Nullstill',
    capped: (limit: string, planned: number, type: string, year: number, requested: string) =>
      `Begrenset til ${limit} per år: planen har ${planned} ${type} i ${year}, og færre enn ingen kan ikke bosettes (du ba om ${requested}).`,
  },
};
