const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** Strings of the rates screen's «paste the year's table from IMDi's circular». */
export const circular = {
  heading: 'Lim inn tabellen fra IMDis rundskriv',
  hint: (year: number) =>
    `Kopier satstabellen for ${year} fra rundskrivet «Tilskudd til kommunene ved bosetting av flyktninger» (fra PDF-en eller nettsiden) og lim den inn slik den er. Du ser hva som er lest ved siden av satsene nå før noe lagres. Linjer som ikke kan plasseres, blir listet og ikke brukt; summer blir kontrollert mot delene.`,
  textLabel: (year: number) => `Tabellen fra rundskrivet for ${year}`,
  title: 'Dokument',
  defaultTitle: (year: number) => `IMDi, rundskriv «Tilskudd til kommunene ved bosetting av flyktninger» ${year}`,
  date: 'Dato på dokumentet (valgfritt)',
  sourceWithDate: (title: string, day: number, month: number, year: number) => `${title}, ${day}. ${MONTHS[month - 1] ?? month} ${year}`,
  previewCaption: (year: number) => `Lest fra rundskrivet, ved siden av satsene for ${year} nå`,
  printed: 'Linje i rundskrivet',
  maps: 'Blir satsen',
  read: 'Lest (kr)',
  current: 'Nå (kr)',
  currentStatus: 'Status nå',
  difference: 'Forskjell (kr)',
  same: 'lik',
  sameAsVerified: 'lik bekreftet sats, lagres ikke',
  sumsHeading: 'Summer i tabellen (lagres ikke)',
  sumMatches: (line: number, printed: string, value: string) => `Linje ${line}, ${printed}: ${value} stemmer med delene.`,
  sumDiffers: (line: number, printed: string, value: string, parts: string) =>
    `Linje ${line}, ${printed}: ${value}, men delene som er lest, gir ${parts}.`,
  sumUnchecked: (line: number, printed: string, value: string) =>
    `Linje ${line}, ${printed}: ${value} (ikke kontrollert: ikke alle delene er lest).`,
  refusedHeading: (count: number) => (count === 1 ? 'Én linje er ikke brukt' : `${count} linjer er ikke brukt`),
  refusedLine: (line: number, text: string, why: string) => `Linje ${line}: «${text}». ${why}`,
  reasons: {
    unknown: 'Appen vet ikke hvilken sats linjen gjelder.',
    ambiguous: 'Linjen kan gjelde flere satser. Skriv hvilken på linjen, for eksempel «Ekstratilskudd 2, tak per år».',
    noHeading:
      'Linjen nevner en gruppe, men står ikke under en overskrift for integreringstilskuddet. Ta med overskriften, eller skriv «År 1» foran.',
    notTotal: 'Appen bruker summen per person over tre år. Skriv summen og «sum tre år» på linjen.',
    severalFigures: 'Linjen har flere beløp. Lim inn én sats per linje.',
    noLabel: 'Linjen har et beløp, men ikke navnet på satsen.',
    notWholeKroner: (cell: string) => `Fant ikke et beløp i hele kroner til slutt på linjen («${cell}»).`,
    wrongYear: (tableYear: number, year: number) => `Linjen hører til tabellen for ${tableYear}, ikke ${year}.`,
    conflict: (other: number) => `Samme sats står med et annet beløp på linje ${other}.`,
    ambiguousFigure: (value: string, alternative: string) =>
      `Beløpet kan leses som ${value} eller ${alternative}. Skriv «kr» foran beløpet.`,
  },
  otherYears: (years: string, year: number) =>
    `Teksten nevner ${years}, men du legger inn satser for ${year}. Sjekk at det er tabellen for ${year}.`,
  summary: (read: number, refused: number) =>
    `${read === 1 ? 'Én sats' : `${read} satser`} lest, ${refused === 1 ? 'én linje' : `${refused} linjer`} ikke brukt.`,
  confirm: (count: number, year: number) => `Lagre ${count === 1 ? '1 sats' : `${count} satser`} for ${year}`,
  nothingToStore: 'Ingen av satsene som er lest, endrer noe. Ingenting er lagret.',
  sumsDiffer: (line: number) => `Summen på linje ${line} stemmer ikke med delene. Rett tallene eller fjern sumlinjen. Ingenting er lagret.`,
  done: (count: number, year: number, source: string) =>
    `${count === 1 ? '1 sats' : `${count} satser`} for ${year} er lagt inn med kilden «${source}». Du kan angre med Angre-knappen eller under «Dine endringer av satser».`,
  titleRequired: 'Skriv tittelen på dokumentet tallene kommer fra, for eksempel «IMDi, rundskriv … 2027».',
  sourceTooLong: 'Dokument og dato kan til sammen være høyst 200 tegn.',
  dateInvalid: 'Dato på dokumentet: skriv en gyldig dato, eller la feltet stå tomt.',
};
