import type { Messages } from '../nb';
import type { Translation } from '../translation';

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** src/i18n/nb-circular.ts in nynorsk. */
export const circular = {
  heading: 'Lim inn tabellen frå rundskrivet til IMDi',
  hint: (year) =>
    `Kopier satstabellen for ${year} frå rundskrivet «Tilskudd til kommunene ved bosetting av flyktninger» (frå PDF-en eller nettsida) og lim henne inn slik ho er. Du ser kva som er lese ved sida av satsane no før noko blir lagra. Linjer som ikkje kan plasserast, blir lista og ikkje brukte; summar blir kontrollerte mot delane.`,
  textLabel: (year) => `Tabellen frå rundskrivet for ${year}`,
  title: 'Dokument',
  defaultTitle: (year) => `IMDi, rundskriv «Tilskudd til kommunene ved bosetting av flyktninger» ${year}`,
  date: 'Dato på dokumentet (valfritt)',
  sourceWithDate: (title, day, month, year) => `${title}, ${day}. ${MONTHS[month - 1] ?? month} ${year}`,
  previewCaption: (year) => `Lese frå rundskrivet, ved sida av satsane for ${year} no`,
  printed: 'Linje i rundskrivet',
  maps: 'Blir satsen',
  read: 'Lese (kr)',
  current: 'No (kr)',
  currentStatus: 'Status no',
  difference: 'Skilnad (kr)',
  same: 'lik',
  sameAsVerified: 'lik stadfesta sats, blir ikkje lagra',
  sumsHeading: 'Summar i tabellen (blir ikkje lagra)',
  sumMatches: (line, printed, value) => `Linje ${line}, ${printed}: ${value} stemmer med delane.`,
  sumDiffers: (line, printed, value, parts) => `Linje ${line}, ${printed}: ${value}, men delane som er lesne, gir ${parts}.`,
  sumUnchecked: (line, printed, value) => `Linje ${line}, ${printed}: ${value} (ikkje kontrollert: ikkje alle delane er lesne).`,
  refusedHeading: (count) => (count === 1 ? 'Éi linje er ikkje brukt' : `${count} linjer er ikkje brukte`),
  refusedLine: (line, text, why) => `Linje ${line}: «${text}». ${why}`,
  reasons: {
    unknown: 'Appen veit ikkje kva sats linja gjeld.',
    ambiguous: 'Linja kan gjelde fleire satsar. Skriv kva for ein på linja, til dømes «Ekstratilskudd 2, tak per år».',
    noHeading:
      'Linja nemner ei gruppe, men står ikkje under ei overskrift for integreringstilskotet. Ta med overskrifta, eller skriv «År 1» framfor.',
    notTotal: 'Appen bruker summen per person over tre år. Skriv summen og «sum tre år» på linja.',
    severalFigures: 'Linja har fleire beløp. Lim inn éin sats per linje.',
    noLabel: 'Linja har eit beløp, men ikkje namnet på satsen.',
    notWholeKroner: (cell) => `Fann ikkje eit beløp i heile kroner til slutt på linja («${cell}»).`,
    wrongYear: (tableYear, year) => `Linja høyrer til tabellen for ${tableYear}, ikkje ${year}.`,
    conflict: (other) => `Same sats står med eit anna beløp på linje ${other}.`,
    ambiguousFigure: (value, alternative) => `Beløpet kan lesast som ${value} eller ${alternative}. Skriv «kr» framfor beløpet.`,
  },
  otherYears: (years, year) => `Teksten nemner ${years}, men du legg inn satsar for ${year}. Sjekk at det er tabellen for ${year}.`,
  summary: (read, refused) =>
    `${read === 1 ? 'Éin sats lesen' : `${read} satsar lesne`}, ${refused === 1 ? 'éi linje ikkje brukt' : `${refused} linjer ikkje brukte`}.`,
  confirm: (count, year) => `Lagre ${count === 1 ? '1 sats' : `${count} satsar`} for ${year}`,
  nothingToStore: 'Ingen av satsane som er lesne, endrar noko. Ingenting er lagra.',
  sumsDiffer: (line) => `Summen på linje ${line} stemmer ikkje med delane. Rett tala eller fjern sumlinja. Ingenting er lagra.`,
  done: (count, year, source) =>
    `${count === 1 ? '1 sats' : `${count} satsar`} for ${year} er ${count === 1 ? 'lagd' : 'lagde'} inn med kjelda «${source}». Du kan angre med Angre-knappen eller under «Endringane dine av satsar».`,
  titleRequired: 'Skriv tittelen på dokumentet tala kjem frå, til dømes «IMDi, rundskriv … 2027».',
  sourceTooLong: 'Dokument og dato kan til saman vere høgst 200 teikn.',
  dateInvalid: 'Dato på dokumentet: skriv ein gyldig dato, eller la feltet stå tomt.',
} satisfies Translation<Messages['circular']>;
