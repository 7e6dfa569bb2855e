import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-plan-inputs.ts in nynorsk. */
export const planInputs = {
  appendix: 'Vedlegg: Føresetnadene for planen',
  appendixIntro: (scenario, municipality) => `Det budsjettet byggjer på: det som er lagt inn i «${scenario}» for ${municipality}, og antakingane.`,
  perYearCaption: 'Personar, oppmoding og vedtak, introduksjonsplassar og bustader per år',
  line: 'Linje',
  groups: {
    persons: 'Personar som skal busetjast',
    decisions: 'Oppmoding og vedtak',
    capacity: 'Kapasitet',
  },
  settledTotal: 'Busetjast i alt',
  reunified: 'Familiegjeneinte (rekna ut)',
  dwellingsReady: 'Nye bustader klare',
  dwellingsReleased: 'Bustader leverte tilbake',
  dwellingsAvailable: 'Bustader til disposisjon ved slutten av året',
  none: '–',
  noneNote: '– tyder at ingenting er lagt inn: inga oppmoding eller vedtak, ingen grense for plassane.',
  reunifiedNote: (perSingleAdult) => `Familiegjeneinte er rekna ut: ${perSingleAdult} per busett einsleg vaksen, etter fordelinga under føresetnader.`,
  housing: 'Bustader',
  ordersCaption: 'Bestilte bustader: når dei er bestilte, kor mange og når dei er klare',
  ordersNone: 'Ingen bustader er bestilte.',
  ordered: 'Bestilt',
  ready: 'Klar',
  acquiredYes: 'ja',
  acquiredNo: 'nei',
  release: (units, month) => `${units} frå ${month}`,
  yes: 'ja',
  no: 'nei',
  husbankenOn: (zone) => `ja, sone «${zone}»`,
  costs: 'Kommunen sine eigne kostnader og inntekter',
  costsCaption: 'Kommunen sine eigne beløp, i kroner',
  byYearOfResidence: (label) => `${label} år 1–5`,
  costsNotEntered: (lines) => `Ikkje lagt inn (0 kr): ${lines}.`,
  costsNone: 'Kommunen har ikkje lagt inn eigne kostnader: alle kostnadslinjene er 0 kr.',
} satisfies Translation<Messages['planInputs']>;
