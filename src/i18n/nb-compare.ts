/** Strings of the comparison of scenarios (route `sammenlign`), bokmål. */
export const compare = {
  heading: 'Sammenlign scenarioer',
  intro:
    'Velg to til fire scenarioer. Tabellen viser basis år for år og hvor mye de andre skiller seg fra den; diagrammene legger scenarioene oppå hverandre.',
  pickerLegend: 'Scenarioer som sammenlignes',
  pickerHint: 'Velg fra to til fire scenarioer.',
  pickerFull: 'Du har valgt fire, som er det meste. Fjern ett for å velge et annet.',
  baselineSuffix: ' (basis)',
  tooFew: 'Velg minst to scenarioer for å sammenligne.',
  onlyOne: 'Du har bare ett scenario. Lag eller dupliser et under «Scenarioer» for å ha noe å sammenligne med.',
  noBaseline: (name: string) =>
    `Ingen av de valgte scenarioene er basis, så forskjellene er regnet mot «${name}» (merket «Referanse»). Du merker basis under «Scenarioer».`,
  differentPeriods: (periods: string) =>
    `Scenarioene har ulike perioder (${periods}). De er stilt opp etter kalenderår; et år utenfor et scenarios periode står tomt (–).`,
  differentMunicipalities: (names: string) =>
    `Scenarioene gjelder ulike kommuner (${names}). Forskjellene skyldes også at kommunene er ulike.`,
  baseline: 'Basis',
  /** The mark of the scenario measured against when the baseline is not chosen. */
  reference: 'Referanse',
  notInPeriod: 'utenfor perioden',
  overview: {
    caption: 'De valgte scenarioene side om side',
    municipality: 'Kommune',
    period: 'Periode',
    settled: 'Bosatte i perioden',
    economyPlan: 'Netto økonomiplan',
    horizon: 'Netto hele perioden',
    horizonDifference: 'Netto hele perioden, forskjell fra basis',
  },
  table: {
    heading: 'Forskjell fra basis per år',
    caption: 'Basis per år, og de andre scenarioenes forskjell fra basis (kroner eller personer)',
    measure: 'Scenario',
    difference: 'forskjell fra basis',
    differenceFromReference: 'forskjell fra referansen',
    downloadCsv: 'Last ned tabellen som CSV',
    csvName: 'sammenligning-forskjeller.csv',
    csvMeasure: 'Mål',
    csvScenario: 'Scenario',
    csvKind: 'Tall',
    csvValue: 'verdi',
    csvDifference: 'forskjell fra basis',
    note: 'Tilskudd for år med satser som ikke er publisert, bygger på anslåtte satser. Boligmangel og venting er den måneden i året der tallet er størst.',
  },
  measures: {
    income: 'Tilskudd, kr',
    cost: 'Kostnader, kr',
    net: 'Netto, kr',
    settled: 'Bosatte, personer',
    housingShortage: 'Husstander uten bolig, verste måned',
    programmeWaiting: 'Venter på introduksjonsplass, verste måned',
  },
  charts: {
    axisUnit: 'mill. kr',
    source:
      'Kilde: egne beregninger på IMDis satser og scenarioenes egne tall og forutsetninger. Satser som ikke er publisert, er anslått.',
    net: {
      caption: 'Netto per år for hvert scenario, i kroner',
      csvName: 'sammenligning-netto-per-aar.csv',
      same: 'Scenarioene gir samme netto i alle år de har felles',
      largest: (name: string, year: number, amount: string) =>
        `Størst forskjell i netto fra basis: «${name}» i ${year}, ${amount}`,
      apart: 'Scenarioene har ingen år felles med basis',
    },
    cumulative: {
      caption: 'Akkumulert netto per år for hvert scenario, i kroner',
      csvName: 'sammenligning-akkumulert-netto.csv',
      highest: (name: string, amount: string, year: number) =>
        `«${name}» ender med høyest akkumulert netto: ${amount} i ${year}`,
      same: (amount: string) => `Scenarioene ender med samme akkumulerte netto: ${amount}`,
    },
  },
};
