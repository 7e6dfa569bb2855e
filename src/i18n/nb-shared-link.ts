/** Strings of share links: sharing a scenario, and the read-only view a link opens (`#/delt`), bokmål. */
export const sharedLink = {
  share: 'Del lenke',
  /** Read after "Del lenke" by screen readers, on a list of several scenarios. */
  shareWhat: (name: string) => `«${name}»`,
  copied: (name: string) => `Lenken til «${name}» er kopiert. Lim den inn i en e-post eller en melding.`,
  copyFailed: (name: string) =>
    `Lenken til «${name}» kunne ikke kopieres automatisk. Den er merket i feltet under: kopier den med Ctrl+C (Cmd+C på Mac).`,
  linkLabel: (name: string) => `Lenke til «${name}»`,
  tooLong: (length: string) => `Scenariet er for stort for en lenke (${length} tegn). Bruk «Eksporter fil» i stedet.`,
  exportFile: 'Eksporter fil',
  exportWhat: (name: string) => `«${name}»`,
  exported: (file: string) => `Scenariet er lagret som ${file}.`,
  filePrefix: 'bosettingsplan',
  view: {
    heading: (name: string) => `Delt scenario: «${name}»`,
    readOnly:
      'Noen har delt dette scenariet med deg. Det vises bare: dine egne scenarioer er ikke endret. Vil du arbeide videre med det, behold en kopi.',
    keep: 'Behold en kopi',
    keepHint: 'Kopien legges til blant scenarioene dine og åpnes i planen. Ingen av dine scenarioer blir overskrevet.',
    facts: 'Om scenariet',
    municipality: 'Kommune',
    noMunicipality: 'Ingen kommune valgt',
    period: 'Periode',
    persons: 'Personer som skal bosettes',
    personsCaption: 'Personer som skal bosettes per år, etter type',
    type: 'Type',
    total: 'Personer i alt',
    tableHeading: 'Budsjett per år',
    tableCaption: 'Tilskudd og kostnader per år, i kroner (linjer uten beløp er utelatt)',
  },
  error: {
    title: 'Lenken kunne ikke åpnes',
    missing:
      'Her vises et scenario som noen har delt med deg som lenke. Denne adressen inneholder ikke noe scenario: åpne lenken du har fått, slik den er.',
    damaged:
      'Lenken er skadet eller ufullstendig, kanskje ble den kuttet da den ble kopiert. Be om lenken på nytt, eller om scenariet som fil.',
    invalid: 'Lenken inneholder et scenario som ikke er gyldig, kanskje fordi den er endret. Dette er galt:',
    unknownMunicipality: (code: string) =>
      `municipalityCode: kommunenummeret ${code} finnes ikke i kommunelisten (kommuner per 1. januar 2024).`,
    untouched: 'Ingenting er endret: dine egne scenarioer er som før.',
    toPlan: 'Gå til planen',
  },
};
