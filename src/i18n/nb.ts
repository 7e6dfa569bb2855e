import type { CostLineId, GrantLineId, YearInput } from '../engine';
import { inputs } from './nb-inputs';
import { rates } from './nb-rates';
import { circular } from './nb-circular';
import { forecastCharts } from './nb-forecast-charts';
import { predictability } from './nb-predictability';
import { workspace } from './nb-workspace';
import { compare } from './nb-compare';
import { sharedLink } from './nb-shared-link';
import { meeting } from './nb-meeting';
import { budgetSummary } from './nb-budget-summary';

/**
 * Every string the UI shows, in bokmål. Nynorsk and English will be objects of the same type
 * (`Messages`); components read them through `useMessages()`, never as literals.
 */
export const nb = {
  inputs,
  rates,
  circular,
  forecastCharts,
  predictability,
  workspace,
  compare,
  sharedLink,
  meeting,
  budgetSummary,
  nav: {
    label: 'Skjermbilder',
    plan: 'Plan og prognose',
    rates: 'Satser',
    predictability: 'Forutsigbarhet',
  },
  app: {
    skipLink: 'Hopp til innholdet',
    name: 'Bosettingsplan',
    tagline: 'Planlegg bosetting av flyktninger over flere år: tilskudd, kostnader og kapasitet.',
    loading: 'Laster satser og kommunedata …',
    loadingScreen: 'Laster skjermbildet …',
    loadErrorTitle: 'Satser og kommunedata kunne ikke lastes',
    loadErrorHelp:
      'Uten satsene kan ikke prognosen regnes ut. Sjekk nettforbindelsen og prøv igjen. Hvis feilen varer, gi beskjed til den som drifter løsningen og legg ved detaljene under.',
    loadErrorDetails: 'Tekniske detaljer',
    retry: 'Prøv igjen',
    restoredTitle: 'Det lagrede scenariet kunne ikke leses',
    restoredText:
      'Vi har startet med et nytt, tomt scenario. Den gamle teksten er tatt vare på i nettleseren under nøkkelen',
    dismiss: 'Lukk meldingen',
    syncedFromOtherTab: 'Endringer lagret i en annen fane er hentet inn her.',
  },
  footer: {
    municipalities: 'Kommunenavn og kommunenummer: Kartverket, lisens CC BY 4.0.',
    population: 'Folketall 1. januar 2024: Statistisk sentralbyrå (SSB), lisens NLOD.',
    rates: 'Satser: IMDi, KS og regjeringen.no. Satser som ikke er publisert, er anslått og merket med ≈.',
    edition: (rates: string, municipalities: string) => `Dataversjon: satser ${rates}, kommuner ${municipalities}.`,
  },
  editor: {
    heading: 'Scenario',
    municipality: 'Kommune',
    municipalityHint: 'Skriv en del av navnet eller kommunenummeret, for eksempel «Tromsø», «Kautokeino» eller «5612».',
    municipalityCode: (code: string) => `kommunenummer ${code}`,
    municipalityNone: 'Ingen kommune valgt ennå.',
    municipalityChosen: (name: string, county: string) => `Valgt: ${name} (${county})`,
    noMatch: 'Ingen kommune passer søket.',
    matches: (count: number) => (count === 1 ? '1 kommune passer' : `${count} kommuner passer`),
    population: (formatted: string) => `${formatted} innbyggere`,
    startYear: 'Første planår',
    horizon: 'Antall år',
    horizonHint: 'Økonomiplanen er de fire første årene. 10 år dekker også tilskuddsårene til det siste kullet.',
    yearRange: (from: number, to: number) => `Fra ${from} til ${to}.`,
    gridHeading: 'Personer per år',
    gridCaption: 'Personer som skal bosettes, og kommunens vedtak og kapasitet, per år',
    gridHint:
      'Skriv hele tall; tomme felt teller som 0. «Enslige voksne og familier i alt» fordeler et totalt antall etter standardfordelingen (30 % enslige voksne, 35 % voksne i familier, 35 % barn); du kan justere hver linje etterpå. Enslige mindreårige kommer i tillegg.',
    gridKeysHint: 'Piltastene flytter mellom cellene.',
    gridScrollHint: 'Dra tabellen sideveis for å se alle årene →',
    type: 'Type',
    total: 'Enslige voksne og familier i alt',
    overPopulation: (population: string) => `Mer enn kommunens folketall (${population}). Stemmer tallet?`,
    tier2WithoutCost: (section: string) => `Nivå 2 gir 0 kr til dokumentert kostnad er lagt inn under «${section}».`,
    beyondDecision: (count: string, most: string, marginPercent: number) =>
      `Planen bosetter ${count} flere enn vedtaket ${marginPercent > 0 ? `med inntil ${marginPercent} % flere ` : ''}tillater (høyst ${most}).`,
    marginCheck: (field: string) => `«${field}»: skriv en hel prosent fra 0 til 100.`,
    horizonKept: (count: number) =>
      `Tallene for ${count} år etter perioden er tatt vare på og kommer tilbake hvis du øker antall år.`,
  },
  fields: {
    singleAdults: 'Enslige voksne',
    adultsInFamilies: 'Voksne i familier',
    children: 'Barn',
    unaccompaniedMinors: 'Enslige mindreårige',
    highNeedsTier1: 'Høye behov nivå 1',
    highNeedsTier2: 'Høye behov nivå 2',
    request: 'IMDis anmodning',
    revisedRequest: 'Revidert anmodning i året',
    decision: 'Kommunestyrets vedtak',
    decisionMarginPercent: 'Vedtak: inntil % flere',
    programmePlaces: 'Introduksjonsplasser',
  } satisfies Record<keyof YearInput, string>,
  validation: {
    startYear: (min: number, max: number) => `Skriv et årstall fra ${min} til ${max}.`,
    horizon: (min: number, max: number) => `Skriv et helt antall år fra ${min} til ${max}.`,
  },
  keyFigures: {
    label: 'Nøkkeltall for planen',
    net: (from: number, to: number) => `Netto i økonomiplanen ${from}–${to}`,
    firstShort: 'Første måned uten nok boliger',
    enoughDwellings: 'Ingen: nok boliger hele perioden',
    mostWaiting: 'Flest som venter på introduksjonsplass',
    nobodyWaiting: 'Ingen venter',
    waiting: (count: string, month: string) => `${count} (${month})`,
  },
  forecast: {
    heading: 'Prognose',
    summaryHeading: 'Sum for perioden',
    economyPlan: (from: number, to: number) => `Økonomiplan ${from}–${to}`,
    /**
     * What the estimated rates do to a total: `period` as `economyPlan`/`horizon` writes it,
     * amounts in millions of kroner, with (`…Unit`) and without unit.
     */
    range: (period: string, income: string, lowBare: string, highUnit: string, net: string, netLow: string, netHigh: string) =>
      `${period}: tilskudd ${income}; ${lowBare}–${highUnit} om de anslåtte satsene blir lave eller høye. Netto ${net}; fra ${netLow} til ${netHigh}.`,
    horizon: (from: number, to: number) => `Hele perioden ${from}–${to}`,
    income: 'Tilskudd',
    cost: 'Kostnader',
    net: 'Netto',
    tableHeading: 'Budsjett per år',
    tableCaption: 'Tilskudd og kostnader per år, i kroner',
    line: 'Linje',
    incomeHeading: 'Tilskudd (inntekter)',
    costHeading: 'Kostnader',
    incomeTotal: 'Sum tilskudd',
    costTotal: 'Sum kostnader',
    netRow: 'Netto (tilskudd minus kostnader)',
    cumulativeRow: 'Netto akkumulert',
    estimatedMarker: '≈',
    estimatedSr: 'anslått',
    summaryCaption: 'Tilskudd, kostnader og netto for økonomiplanen og hele perioden',
    estimatedLegend: 'betyr at tallet bygger på en anslått sats: satsen for året er ikke publisert ennå og er framskrevet.',
    estimatedLegendSr: 'Tall merket «anslått»',
    costsNote: 'Kostnadslinjene er null til kommunen legger inn egne tall, så budsjettet viser aldri oppdiktede kostnader.',
    showZeroLines: 'Vis også linjer uten beløp',
    hiddenLines: (count: number) => `${count} linjer uten beløp er skjult.`,
  },
  investment: {
    heading: 'Investeringsbudsjett',
    printCaption: 'Investeringsbudsjett per år, i 1 000 kr, i året boligene er klare',
    printNone: 'Planen kjøper eller bygger ingen boliger: investeringsbudsjettet er 0 kr.',
    caption: 'Kjøp og bygging av boliger per år, i kroner, i året boligene er klare',
    totalsCaption: 'Investering for økonomiplanen og hele perioden, i kroner',
    acquisition: 'Kjøp og bygging av boliger',
    husbankenGrant: 'Husbankens tilskudd til utleieboliger',
    net: 'Netto investering',
    units: (count: number) => `${count} ${count === 1 ? 'bolig' : 'boliger'} kjøpt eller bygget`,
    note: 'Investeringen føres i investeringsbudsjettet, utenfor driftsbudsjettet over, i året boligene er klare. Husbankens tilskudd er med bare når det er slått på under boliger.',
    none: 'Ingen boliger kjøpes eller bygges i planen: investeringsbudsjettet er 0 kr. Merk en linje i boligtilgangen som kjøpt eller bygget og legg inn kostnaden per bolig, så kommer investeringen her.',
    noCost: (count: number) =>
      `${count} ${count === 1 ? 'bolig er merket' : 'boliger er merket'} kjøpt eller bygget, men kostnaden per kjøpt eller bygd bolig er 0 kr.`,
  },
  grantLines: {
    integrationYear1SingleAdult: 'Integreringstilskudd år 1, enslige voksne',
    integrationYear1AdultInFamily: 'Integreringstilskudd år 1, voksne i familier',
    integrationYear1Child: 'Integreringstilskudd år 1, barn',
    integrationYear1Minor: 'Integreringstilskudd år 1, enslige mindreårige',
    integrationYear2: 'Integreringstilskudd år 2',
    integrationYear3: 'Integreringstilskudd år 3',
    integrationYear4: 'Integreringstilskudd år 4',
    integrationYear5: 'Integreringstilskudd år 5',
    elderly: 'Eldretilskudd',
    kindergarten: 'Barnehagetilskudd',
    minorsYoungBand: 'Tilskudd enslige mindreårige, til og med året de fyller 16',
    minorsOlderBand: 'Tilskudd enslige mindreårige, fra året de fyller 17',
    minorsOneOff: 'Engangstilskudd enslige mindreårige',
    highNeedsTier1: 'Ekstratilskudd høye behov, nivå 1',
    highNeedsTier2: 'Ekstratilskudd høye behov, nivå 2',
    aboveRequest: 'Ekstratilskudd for bosetting utover anmodning',
    unusedDecidedPlace: 'Kompensasjon for ubrukte vedtatte plasser',
    norwegianTraining: 'Persontilskudd, opplæring i norsk og samfunnskunnskap',
    policyBonus: 'Tillegg utover anmodning (hva om)',
    minorsCareRefund: 'Statlig refusjon av omsorg for enslige mindreårige (hva om)',
    blockGrant: 'Rammetilskudd, innbyggertilskudd for bosatte',
  } satisfies Record<GrantLineId, string>,
  costLines: {
    introductionBenefit: 'Introduksjonsstønad',
    programmeRunning: 'Drift av introduksjonsprogrammet',
    housingNet: 'Boliger, netto kostnad',
    idleUnits: 'Ledige boliger',
    emergencyHousing: 'Midlertidig bolig, merkostnad',
    socialAssistance: 'Sosialhjelp',
    otherServices: 'Andre tjenester (helse, omsorg, skole, barnehage)',
    minorsCare: 'Omsorg for enslige mindreårige',
    administration: 'Administrasjon',
  } satisfies Record<CostLineId, string>,
  grantChart: {
    tableCaption: 'Tilskudd per år og gruppe, i kroner',
    peak: (year: number, amount: string) => `Tilskuddene topper seg i ${year} med ${amount}`,
    rising: (year: number, amount: string) => `Tilskuddene stiger fortsatt i planens siste år, ${year}: ${amount}`,
    level: (year: number, amount: string) => `Tilskuddene er høyest fra ${year} og ut planen: ${amount} i året`,
    empty: 'Ingen tilskudd ennå: legg inn personer som skal bosettes',
    source: 'Kilde: egne beregninger på IMDis satser. Satser for år som ikke er publisert, er anslått.',
    csvName: 'tilskudd-per-aar.csv',
    axisUnit: 'mill. kr',
    groups: {
      integrationYear1: 'Integreringstilskudd år 1',
      integrationLater: 'Integreringstilskudd år 2–5',
      elderlyKindergarten: 'Eldre- og barnehagetilskudd',
      minors: 'Enslige mindreårige',
      highNeeds: 'Høye behov',
      aboveRequest: 'Utover anmodning',
      norwegianTraining: 'Norskopplæring',
      otherIncome: 'Rammetilskudd og refusjon',
    },
  },
  chartFrame: {
    showTable: 'Vis tallene som tabell',
    downloadCsv: 'Last ned CSV',
    year: 'År',
    total: 'Sum',
  },
};

/** The shape every language must have. */
export type Messages = typeof nb;
