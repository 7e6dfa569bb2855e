import type { FigureStatus, RatePath } from '../engine';

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/** "3.86" (a percentage as the reference data writes it) → "3,86 %". */
const percent = (value: string) => `${value.replace('.', ',')}\u00a0%`;

/** Strings of the rates screen: the rate tables with their provenance, and the planner's overrides. */
export const rates = {
  heading: 'Satser',
  intro:
    'Satsene for hvert budsjettår i planperioden, med status og kilde. Satser som ikke er publisert, er anslått og merket med ≈. Legg inn satsene fra IMDis rundskriv når de kommer.',
  year: 'Budsjettår',
  tableCaption: (year: number) => `Satser for budsjettåret ${year}, kroner per person`,
  rate: 'Sats',
  code: 'Kode',
  value: 'Beløp (kr)',
  status: 'Status',
  source: 'Kilde',
  actions: 'Endre',
  noCode: '–',
  statuses: {
    verified: 'Bekreftet',
    secondary: 'Sekundærkilde',
    derived: 'Avledet',
    estimated: 'Anslått',
    'user-entered': 'Lagt inn av deg',
  } satisfies Record<FigureStatus, string>,
  estimatedMarker: '≈',
  estimatedSr: 'anslått',
  edit: 'Endre',
  editLegend: (rate: string, year: number) => `${rate}, ${year}`,
  editValue: 'Ny sats (kr)',
  editSource: 'Kilde',
  defaultSource: (year: number) => `IMDi rundskriv ${year}`,
  sourceRequired: 'Skriv hvor tallet kommer fra, for eksempel «IMDi rundskriv 2027».',
  sourceTooLong: 'Kilden kan være høyst 200 tegn.',
  save: 'Lagre',
  cancel: 'Avbryt',
  replaces: (value: string, status: string) => `Erstatter ${value} (${status}).`,
  gHeading: 'Grunnbeløpet (G) per år',
  gCaption: 'Grunnbeløpet G per år i planperioden, kroner',
  gYear: 'År',
  gValue: 'G (kr)',
  indexed: (year: number) =>
    `Det finnes ingen satstabell for ${year} i referansedataene: satsene er framskrevet fra siste tabell med antatt vekst.`,
  pasteHeading: 'Eller: lim inn en kolonne med tall',
  pasteHint: (count: number, year: number) =>
    `Lim inn ${count} tall, ett per linje, i samme rekkefølge som tabellen over. De blir satsene for ${year}.`,
  pasteLabel: (year: number) => `Satser for ${year}, ett tall per linje`,
  pasteSource: 'Kilde for tallene',
  pasteApply: 'Bruk tallene',
  pasteCount: (count: number, expected: number) =>
    `Du limte inn ${count} tall, men tabellen har ${expected} satser. Ingenting er endret.`,
  pasteRefused: (line: number, rate: string, cell: string, why: string) =>
    `Linje ${line} (${rate}): «${cell}»: ${why} Ingenting er endret.`,
  pasteDone: (count: number, year: number) => `${count} satser for ${year} er lagt inn.`,
  policyHeading: 'Hva om: skalering av tilskudd og tillegg',
  changesHeading: 'Dine endringer av satser',
  noChanges: 'Du har ikke endret noen satser eller lagt inn noen hva om-endringer.',
  changeOverride: (rate: string, year: number, value: string, source: string) => `${rate}, ${year}: ${value} (${source})`,
  changeScale: (grant: string, share: string) => `${grant} skalert til ${share}`,
  changeBonus: (amount: string) => `Tillegg per person utover anmodningen: ${amount}`,
  revert: 'Angre',
  revertAll: 'Angre alle endringer av satser',
  labels: {
    'integration.year1SingleAdult': 'Integreringstilskudd år 1, enslig voksen',
    'integration.year1AdultInFamily': 'Integreringstilskudd år 1, voksen i familie',
    'integration.year1Child': 'Integreringstilskudd år 1, barn',
    'integration.year1UnaccompaniedMinor': 'Integreringstilskudd år 1, enslig mindreårig',
    'integration.year2': 'Integreringstilskudd år 2',
    'integration.year3': 'Integreringstilskudd år 3',
    'integration.year4': 'Integreringstilskudd år 4',
    'integration.year5': 'Integreringstilskudd år 5',
    elderly: 'Eldretilskudd, engangs',
    kindergarten: 'Barnehagetilskudd, engangs',
    'minors.youngBand': 'Enslige mindreårige, til og med året de fyller 16',
    'minors.olderBand': 'Enslige mindreårige, fra året de fyller 17',
    'minors.oneOff': 'Enslige mindreårige, engangstilskudd',
    'highNeeds.tier1': 'Høye behov nivå 1, engangs',
    'highNeeds.tier2Threshold': 'Høye behov nivå 2, terskel',
    'highNeeds.tier2Cap': 'Høye behov nivå 2, tak per år',
    aboveRequest: 'Ekstratilskudd per person utover anmodning',
    unusedDecidedPlace: 'Kompensasjon per ubrukt vedtatt plass',
    'norwegianTraining.lowTotal': 'Persontilskudd, lav sats (sum tre år)',
    'norwegianTraining.highTotal': 'Persontilskudd, høy sats (sum tre år)',
  } satisfies Record<RatePath, string>,
  /**
   * The reference data's source texts, which the data builder writes in English, as a reader
   * sees them (src/lib/source-text.ts picks the template; citations in brackets stay as written).
   */
  sourceText: {
    estimatedRatesIntro: 'Satsene under er ikke publisert for disse årene. Regelen for anslaget står i siste kolonne.',
    machineRule: 'Regel i referansedataene',
    indexedByG: (year: number) => `anslått: ${year}-satsen justert med G`,
    indexedTo: (from: number, to: number) => `anslått: ${from}-satsen framskrevet til ${to} med antatt årlig vekst`,
    gIndexedTo: (from: number, to: number) => `anslått: G for ${from} framskrevet til ${to} med antatt årlig vekst`,
    gRaised: (year: number, growth: string) => `anslått: G for ${year} økt med antatt årlig vekst på ${percent(growth)}`,
    gLowered: (year: number, growth: string) => `anslått: G for ${year} redusert med antatt årlig vekst på ${percent(growth)}`,
    interpolated: (from: number, fromStatus: string, to: number, toStatus: string) =>
      `anslått: jevn utvikling mellom ${from} (${fromStatus}) og ${to} (${toStatus})`,
    asAdultInFamily: (year: number) => `anslått: som for voksen i familie (satsene var like i ${year}-tabellen)`,
    averageGrowthOfG: (from: number, to: number) => `gjennomsnittlig årlig vekst i G ${from}–${to}`,
    noGrantKnown: 'ingen kjent sats for året: legg den inn hvis tilskuddet gis dette året',
    notFoundCarried: (year: number, from: number, abolished: number) =>
      `${year}-satsen er ikke funnet; videreført fra ${from}, avviklet fra ${abolished}`,
    noGrantBetween: (abolished: number, until: number) => `ikke noe tilskudd fra avviklingen i ${abolished} til ${until}`,
    abolished: (citation: string) => `avviklet, ${citation}`,
    oneOffOnly: (year: number, citation: string) => `engangstilskudd bare i ${year} (${citation})`,
    compensationOnly: (year: number) => `kompensasjon bare i ${year}`,
    frozen: (sameAs: number, year: number, citation: string) =>
      `samme som ${sameAs}: integreringstilskuddet ble ikke prisjustert i ${year} (${citation})`,
    gFromMay: (year: number) => `grunnbeløpet G fra 1. mai ${year}`,
    journalistApp: (year: number) =>
      `sekundærkilde: en offentlig app for journalister som viser til IMDi, ${year} (én versjon av kilden bytter om voksen og barn)`,
    citingImdi: (year: number) => `sekundærkilde som viser til IMDi, ${year}`,
    bandEdgeDerived: (citation: string) => `${citation} (aldersgrensen er avledet: linjen i kilden er kuttet)`,
    totalLowRate: (citation: string) => `${citation} (sum per person over tre år, lav sats)`,
    totalHighRate: (citation: string) => `${citation} (sum per person over tre år, høy sats)`,
    oneBand: (citation: string, year: number) => `${citation} (én aldersgruppe i ${year}: samme sats for begge aldersgruppene)`,
    unusedPlace: (citation: string) => `${citation} (kompensasjon per vedtatt plass som ikke ble brukt)`,
    highNeedsRules: (year: number) => `regjeringen.no, regelverket for ekstratilskudd for høye behov, ${year}`,
    husbanken: (date: string, perM2: string, maxM2: string) =>
      `husbanken.no, Husbankens tilskudd til utleieboliger, satser fra ${date}: ${perM2} kr per m², inntil ${maxM2} m²`,
    date: (day: number, month: number, year: number) => `${day}. ${MONTHS[month - 1] ?? month} ${year}`,
  },
};
