import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-shared-link.ts in nynorsk. */
export const sharedLink = {
  share: 'Del lenkje',
  shareWhat: (name) => `«${name}»`,
  copied: (name) => `Lenkja til «${name}» er kopiert. Lim ho inn i ein e-post eller ei melding.`,
  copyFailed: (name) =>
    `Lenkja til «${name}» kunne ikkje kopierast automatisk. Ho er merkt i feltet under: kopier ho med Ctrl+C (Cmd+C på Mac).`,
  linkLabel: (name) => `Lenkje til «${name}»`,
  tooLong: (length) => `Scenarioet er for stort for ei lenkje (${length} teikn). Bruk «Eksporter fil» i staden.`,
  exportFile: 'Eksporter fil',
  exportWhat: (name) => `«${name}»`,
  exported: (file) => `Scenarioet er lagra som ${file}.`,
  filePrefix: 'bosettingsplan',
  view: {
    heading: (name) => `Delt scenario: «${name}»`,
    readOnly:
      'Nokon har delt dette scenarioet med deg. Det blir berre vist: dei eigne scenarioa dine er ikkje endra. Vil du arbeide vidare med det, behald ein kopi.',
    keep: 'Behald ein kopi',
    keepHint: 'Kopien blir lagd til blant scenarioa dine og opna i planen. Ingen av scenarioa dine blir skrivne over.',
    facts: 'Om scenarioet',
    municipality: 'Kommune',
    noMunicipality: 'Ingen kommune er vald',
    period: 'Periode',
    persons: 'Personar som skal busetjast',
    personsCaption: 'Personar som skal busetjast per år, etter type',
    type: 'Type',
    total: 'Personar i alt',
    tableHeading: 'Budsjett per år',
    tableCaption: 'Tilskot og kostnader per år, i kroner (linjer utan beløp er utelatne)',
  },
  error: {
    title: 'Lenkja kunne ikkje opnast',
    missing:
      'Her blir eit scenario som nokon har delt med deg som lenkje, vist. Denne adressa inneheld ikkje noko scenario: opne lenkja du har fått, slik ho er.',
    damaged:
      'Lenkja er skadd eller ufullstendig, kanskje vart ho kutta då ho vart kopiert. Be om lenkja på nytt, eller om scenarioet som fil.',
    invalid: 'Lenkja inneheld eit scenario som ikkje er gyldig, kanskje fordi ho er endra. Dette er gale:',
    unknownMunicipality: (code) =>
      `municipalityCode: kommunenummeret ${code} finst ikkje i kommunelista (kommunar per 1. januar 2024).`,
    untouched: 'Ingenting er endra: dei eigne scenarioa dine er som før.',
    toPlan: 'Gå til planen',
  },
} satisfies Translation<Messages['sharedLink']>;
