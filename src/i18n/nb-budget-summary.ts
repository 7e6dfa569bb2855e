/** Strings of the printed budget summary (`#/utskrift`) and its spreadsheet exports, bokmål. */
export const budgetSummary = {
  heading: (name: string) => `Budsjettsammendrag: ${name}`,
  toolbar: 'Utskrift og eksport',
  print: 'Skriv ut',
  dialect: 'CSV-format',
  dialects: {
    nb: 'Norsk regneark (semikolon, desimalkomma)',
    plain: 'Standard CSV (komma)',
  },
  downloadCsv: 'Last ned budsjettet som CSV',
  downloadXlsx: 'Last ned regneark (XLSX)',
  xlsxBusy: 'Lager regnearket …',
  xlsxDone: (file: string) => `Regnearket er lagret som ${file}.`,
  xlsxFailed: 'Regnearket kunne ikke lages. Prøv igjen, eller last ned CSV.',
  filePrefix: 'budsjett',
  facts: 'Om sammendraget',
  municipality: 'Kommune',
  noMunicipality: 'Ingen kommune valgt',
  scenario: 'Scenario',
  date: 'Dato',
  edition: 'Dataversjon',
  plan: 'Økonomiplan og hele perioden',
  planCaption: 'Tilskudd, kostnader og netto for økonomiplanen og hele perioden, i kroner',
  budget: 'Budsjett per år',
  /** The yearly table's caption; `years` names the table's years when the horizon is split over two. */
  budgetCaption: (years: string | null) =>
    `Tilskudd per tilskuddslinje med IMDis koder, kostnader og netto per år${years === null ? '' : `, ${years}`}, i 1\u00a0000 kr`,
  /** The grants of refugees settled before the plan, named under the yearly table when there are any. */
  settledBeforeNote: (persons: string, minors: string, from: number, to: number) =>
    `Tilskuddene omfatter også ${persons} personer og ${minors} enslige mindreårige bosatt ${from}–${to}, før planperioden.`,
  roundedNote: 'Beløpene per år er avrundet til hele tusen kroner hver for seg, så en sum kan avvike med noen tusen fra linjene over den. Økonomiplantabellen over og regnearket (XLSX) har hele kroner.',
  /** The budget CSV's last column: the years whose amount rests on an estimated rate. */
  estimatedIn: 'Anslått sats i',
  /** CSV and XLSX rows of a total at the low and the high end of the estimated rates. */
  rangeLow: (total: string) => `${total}, anslåtte satser lave`,
  rangeHigh: (total: string) => `${total}, anslåtte satser høye`,
  code: 'Kode',
  charts: 'Diagrammer',
  assumptions: 'Forutsetninger',
  assumptionsIntro: 'Verdier merket «antakelse» er standardverdier som bør erstattes med kommunens egne tall.',
  assumptionsCaption: 'Forutsetningene i scenariet',
  assumption: 'Forutsetning',
  value: 'Verdi',
  status: 'Status',
  isDefault: 'antakelse',
  changed: 'endret',
  /** The settlement month profile, as the shares the engine uses. */
  monthShares: 'Andel bosatt per måned',
  evenSpread: (share: string) => `jevnt fordelt, ${share} hver måned`,
  /** One of several shares: "15 år 33,3 %", "jan. 10 %". */
  namedShare: (name: string, share: string) => `${name}\u00a0${share}`,
  months: (months: string, _count: number) => `${months}\u00a0mnd.`,
  /** A programme duration and its share: "6 mnd. 10 %". */
  duration: (months: string, share: string) => `${months}\u00a0${share}`,
  /** A label of values by year of residence, with the years: "… etter botid år 1–5". */
  byYearOfResidence: (label: string, last: number) => `${label} år 1–${last}`,
  /** Spreadsheet columns: the input's path and value in the scenario file, for formulas and imports. */
  machineKey: 'Nøkkel i scenariofilen',
  machineValue: 'Verdi i scenariofilen',
  estimatedRates: 'Anslåtte satser',
  estimatedRatesNone: 'Ingen satser i perioden er anslått.',
  rate: 'Sats',
  years: 'År',
  rule: 'Regel for anslaget',
  estimatedRatesCaption: 'Disse satsene er ikke publisert for årene i perioden. Hver rad er en regel for anslaget og satsene den gjelder.',
  rates: 'Satser',
  overrides: 'Egne satser og hva-om',
  overridesNone: 'Ingen satser er overstyrt, og ingen hva-om er lagt inn.',
  source: 'Kilde',
  whatIf: 'hva om',
  estimatedNote: '≈ foran et årstall eller en linje betyr at alle tallene det året eller på linjen bygger på anslåtte satser; et tall i kursiv bygger på en anslått sats.',
};
