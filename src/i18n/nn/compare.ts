import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-compare.ts in nynorsk. */
export const compare = {
  heading: 'Samanlikn scenario',
  intro:
    'Vel to til fire scenario. Tabellen viser basis år for år og kor mykje dei andre skil seg frå han; diagramma legg scenarioa oppå kvarandre.',
  pickerLegend: 'Scenario som blir samanlikna',
  pickerHint: 'Vel frå to til fire scenario.',
  pickerFull: 'Du har valt fire, som er det meste. Fjern eitt for å velje eit anna.',
  baselineSuffix: ' (basis)',
  tooFew: 'Vel minst to scenario for å samanlikne.',
  onlyOne: 'Du har berre eitt scenario. Lag eller dupliser eitt under «Scenario» for å ha noko å samanlikne med.',
  noBaseline: (name) =>
    `Ingen av dei valde scenarioa er basis, så skilnadene er rekna mot «${name}» (merkt «Referanse»). Du merkjer basis under «Scenario».`,
  differentPeriods: (periods) =>
    `Scenarioa har ulike periodar (${periods}). Dei er stilte opp etter kalenderår; eit år utanfor perioden til eit scenario står tomt (–).`,
  differentMunicipalities: (names) =>
    `Scenarioa gjeld ulike kommunar (${names}). Skilnadene kjem òg av at kommunane er ulike.`,
  baseline: 'Basis',
  reference: 'Referanse',
  notInPeriod: 'utanfor perioden',
  overview: {
    caption: 'Dei valde scenarioa side om side',
    municipality: 'Kommune',
    period: 'Periode',
    settled: 'Busette i perioden',
    economyPlan: 'Netto økonomiplan',
    horizon: 'Netto heile perioden',
    horizonDifference: 'Netto heile perioden, skilnad frå basis',
  },
  table: {
    heading: 'Skilnad frå basis per år',
    caption: 'Basis per år, og skilnaden frå basis for dei andre scenarioa (kroner eller personar)',
    measure: 'Scenario',
    difference: 'skilnad frå basis',
    differenceFromReference: 'skilnad frå referansen',
    downloadCsv: 'Last ned tabellen som CSV',
    csvName: 'samanlikning-skilnader.csv',
    csvMeasure: 'Mål',
    csvScenario: 'Scenario',
    csvKind: 'Tal',
    csvValue: 'verdi',
    csvDifference: 'skilnad frå basis',
    note: 'Tilskot for år med satsar som ikkje er publiserte, byggjer på anslåtte satsar. Bustadmangel og venting er den månaden i året der talet er størst.',
  },
  measures: {
    income: 'Tilskot, kr',
    cost: 'Kostnader, kr',
    net: 'Netto, kr',
    settled: 'Busette, personar',
    housingShortage: 'Hushald utan bustad, verste månad',
    programmeWaiting: 'Ventar på introduksjonsplass, verste månad',
  },
  charts: {
    axisUnit: 'mill. kr',
    source:
      'Kjelde: eigne berekningar på satsane til IMDi og tala og føresetnadene i kvart scenario. Satsar som ikkje er publiserte, er anslåtte.',
    net: {
      caption: 'Netto per år for kvart scenario, i kroner',
      csvName: 'samanlikning-netto-per-aar.csv',
      same: 'Scenarioa gir same netto i alle år dei har felles',
      largest: (name, year, amount) => `Størst skilnad i netto frå basis: «${name}» i ${year}, ${amount}`,
      apart: 'Scenarioa har ingen år felles med basis',
    },
    cumulative: {
      caption: 'Akkumulert netto per år for kvart scenario, i kroner',
      csvName: 'samanlikning-akkumulert-netto.csv',
      highest: (name, amount, year) => `«${name}» endar med høgast akkumulert netto: ${amount} i ${year}`,
      same: (amount) => `Scenarioa endar med same akkumulerte netto: ${amount}`,
    },
  },
} satisfies Translation<Messages['compare']>;
