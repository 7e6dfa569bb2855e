/**
 * Strings of the plan's inputs as reports show them (src/report/plan-inputs.ts): the printed
 * summary's appendix and the council's case paper. The inputs' own labels come from `fields` and
 * `inputs`, as the scenario editor names them; these are the words around them.
 */
export const planInputs = {
  appendix: 'Vedlegg: Planens forutsetninger',
  appendixIntro: (scenario: string, municipality: string) => `Det budsjettet bygger på: det som er lagt inn i «${scenario}» for ${municipality}, og antakelsene.`,
  perYearCaption: 'Personer, anmodning og vedtak, introduksjonsplasser og boliger per år',
  line: 'Linje',
  groups: {
    persons: 'Personer som skal bosettes',
    decisions: 'Anmodning og vedtak',
    capacity: 'Kapasitet',
  },
  settledTotal: 'Bosettes i alt',
  reunified: 'Familiegjenforente (beregnet)',
  dwellingsReady: 'Nye boliger klare',
  dwellingsReleased: 'Boliger levert tilbake',
  dwellingsAvailable: 'Boliger til disposisjon ved årets slutt',
  /** A cell with nothing entered (no request, no decision, no limit on places). */
  none: '–',
  noneNote: '– betyr at ingenting er lagt inn: ingen anmodning eller vedtak, ingen grense for plassene.',
  reunifiedNote: (perSingleAdult: string) => `Familiegjenforente er beregnet: ${perSingleAdult} per bosatt enslig voksen, etter fordelingen under forutsetninger.`,
  housing: 'Boliger',
  ordersCaption: 'Bestilte boliger: når de er bestilt, hvor mange og når de er klare',
  ordersNone: 'Ingen boliger er bestilt.',
  ordered: 'Bestilt',
  ready: 'Klar',
  acquiredYes: 'ja',
  acquiredNo: 'nei',
  /** One release: "4 boliger fra mars 2029". */
  release: (units: string, month: string) => `${units} fra ${month}`,
  yes: 'ja',
  no: 'nei',
  husbankenOn: (zone: string) => `ja, sone «${zone}»`,
  costs: 'Kommunens egne kostnader og inntekter',
  costsCaption: 'Kommunens egne beløp, i kroner',
  /** A label of values by year of residence: "Sosialhjelp per person og år, etter botid år 1–5". */
  byYearOfResidence: (label: string) => `${label} år 1–5`,
  costsNotEntered: (lines: string) => `Ikke lagt inn (0 kr): ${lines}.`,
  costsNone: 'Kommunen har ikke lagt inn egne kostnader: alle kostnadslinjer er 0 kr.',
};
