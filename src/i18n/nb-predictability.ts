import type { PredictabilityValue, ValueMetric } from '../lib/predictability-value';
import type { Formatter } from '../lib/format';

/** «41 færre X» / «41 flere X» / «ingen endring i X» from a difference yearly − commitment, rounded as in the table. */
const fewer = (difference: number, what: string, f: Formatter) =>
  difference === 0 ? `ingen endring i ${what}` : `${f.formatNumber(Math.abs(difference))} ${difference > 0 ? 'færre' : 'flere'} ${what}`;

const list = (parts: readonly string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`);

const row = (v: PredictabilityValue, metric: ValueMetric) => v.rows.find((r) => r.metric === metric);

/** Strings of the predictability screen (forutsigbarhet), bokmål. */
export const predictability = {
  heading: 'Forutsigbarhet: flerårig avtale mot årlige anmodninger',
  intro:
    'Hva er det verdt for kommunen å avtale planens antall bosatte for flere år, i stedet for å svare på IMDis anmodning hvert år? Begge måtene tar utgangspunkt i planen: samme antall i snitt og planens boliger og introduksjonsplasser. Med årlige anmodninger varierer antallet slik IMDis anmodninger har variert, og kapasiteten må følge etter.',
  options: {
    heading: 'Forutsetninger for simuleringen',
    paths: 'Antall baner',
    pathsHint: 'Flere baner gir sikrere tall, men tar lengre tid. Standard 10 000.',
    seed: 'Startverdi for tilfeldige tall',
    seedHint: 'Samme startverdi gir samme resultat.',
    commitment: 'Avtalt antall per år',
    commitmentHint: 'Tomt felt: planens egne tall (vedtaket, ellers anmodningen, ellers personene lagt inn). Med et tall her regnes begge måtene rundt dette tallet.',
    years: 'Avtaleperiode (år)',
    yearsHint: (horizon: number) => `Avtalen gjelder de første 1–${horizon} årene; årene etter følger de årlige anmodningene i begge modusene. Tomt felt: til og med planens siste år med bosatte.`,
    band: 'Slingringsmonn (± %)',
    bandHint: 'Som et vedtak om «inntil 10 % flere»: antallet kan variere så mye opp eller ned innenfor avtalen.',
    dwellingLead: 'Leveringstid for boliger (måneder)',
    placeLead: 'Leveringstid for introduksjonsplasser (måneder)',
    notice: 'Oppsigelsestid (måneder)',
    noticeHint: 'Boliger og plasser som ikke trengs, står ledige så lenge før de kan sies opp.',
    ownRequests: 'Kommunens egne anmodninger (valgfritt)',
    ownRequestsHint:
      'Skriv inn anmodningene kommunen har fått de siste årene. Da regnes kommunens andel av det nasjonale behovet ut fra dem i stedet for fra folketallet (brukes bare i «Hva IMDi kan komme til å be om»).',
    ownRequest: (year: number) => `Anmodning ${year}`,
    run: 'Kjør simuleringen',
    invalid: (min: string, max: string) => `Skriv et helt tall fra ${min} til ${max}.`,
    invalidOptional: (min: string, max: string) => `Skriv et helt tall fra ${min} til ${max}, eller la feltet stå tomt.`,
  },
  share: {
    heading: 'Hva IMDi kan komme til å be om',
    finding: (low: string, high: string, first: number, last: number, lastYear: number, lastValue: string, planned: string | null, startYear: number) =>
      `Med denne andelen ville IMDis anmodning til kommunen ha ligget mellom ${low} og ${high} i året i ${first}–${last} (${lastYear}: ${lastValue}).${planned === null ? '' : ` Planen regner med ${planned} i ${startYear}.`} Andelen setter ikke tallene i sammenligningen over.`,
    tableSummary: 'Vis tabell',
    caption: 'IMDis nasjonale anmodning og kommunens andel av den per år',
    year: 'År',
    national: 'IMDis anmodning, hele landet',
    own: 'Kommunens andel',
    population: (share: string, name: string) =>
      `Antakelse: ${name} får samme andel av det nasjonale behovet som kommunens andel av folketallet, ${share}.`,
    requests: (share: string, count: number) =>
      `${share} av det nasjonale behovet, beregnet som snittet av kommunens egne anmodninger delt på IMDis nasjonale anmodning (${count} år).`,
    missing: 'Velg kommune i planen, eller skriv inn kommunens egne anmodninger, så kan simuleringen regne ut kommunens andel.',
  },
  progress: {
    label: 'Simuleringen',
    running: (done: string, total: string) => `Regner … ${done} av ${total} baner`,
    cancel: 'Avbryt',
    cancelled: 'Simuleringen ble avbrutt.',
    restart: 'Kjør på nytt',
    waiting: 'Simuleringen starter straks …',
    error: (message: string) => `Simuleringen stoppet med en feil: ${message}`,
  },
  value: {
    heading: 'Hva forutsigbarhet er verdt',
    empty: 'Legg inn hvor mange kommunen skal bosette per år i planen (eller vedtak eller anmodning), så sammenligner vi en flerårig avtale med årlige anmodninger.',
    pending: 'Svaret kommer når simuleringen er ferdig.',
    stale: 'Resultatet under er fra før planen eller forutsetningene ble endret, og oppdateres når simuleringen er ferdig.',
    sentence: (v: PredictabilityValue, f: Formatter) => {
      const subject = v.perYearVaries ? `Med en avtale om planens tall (i snitt ${f.formatNumber(v.perYear)} i året)` : `Med en avtale om ${f.formatNumber(v.perYear)} i året`;
      const band = v.band > 0 ? ` (± ${f.formatPercent(v.band, 0)})` : '';
      const years = v.firstYear === v.lastYear ? `i ${v.firstYear}` : `i ${v.firstYear}–${v.lastYear}`;
      const units = (metric: ValueMetric, what: string) => fewer(row(v, metric)?.difference ?? 0, what, f);
      const parts = [units('dwellingMonthsShort', 'husstandsmåneder i midlertidig bolig'), units('dwellingMonthsIdle', 'tomme boligmåneder')];
      if (v.placesLimited) parts.push(units('placeMonthsShort', 'deltakermåneder i kø til introduksjonsprogrammet'), units('placeMonthsIdle', 'tomme plassmåneder'));
      const cost = row(v, 'mismatchCost');
      if (v.costsEntered && cost) {
        const saved = cost.difference;
        parts.push(
          `${f.formatMillionKroner(Math.abs(saved))} ${saved >= 0 ? 'mindre' : 'mer'} i kostnader til tomme boliger og plasser og midlertidig bolig i snitt (P10–P90: ${f.formatMillionKroner(cost.p10)} til ${f.formatMillionKroner(cost.p90)})`,
        );
      } else parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} i snitt`;
      const income = row(v, 'income')?.difference ?? 0;
      const grants = v.incomeSame
        ? 'tilskuddene er de samme i snitt'
        : `tilskuddene er ${f.formatMillionKroner(Math.abs(income))} ${income > 0 ? 'lavere' : 'høyere'} i snitt med avtale`;
      const tail = v.costsEntered ? '' : ' Kroner vises når kommunen har lagt inn kostnad per tom bolig, merkostnad for midlertidig bolig eller kostnad per introduksjonsplass.';
      return `${subject}${band} ${years} og kapasiteten i planen: ${list(parts)}; ${grants}.${tail}`;
    },
    detail: (paths: string) =>
      `Snitt over ${paths} baner, summert over alle planens år. Forskjellen er årlige anmodninger minus avtale på hver bane; P10–P90: 8 av 10 baner ligger innenfor.`,
  },
  valueTable: {
    caption: (first: number, last: number) => `Avtale mot årlige anmodninger, snitt over banene, summert over planens år (avtalen gjelder ${first === last ? first : `${first}–${last}`})`,
    difference: 'Forskjell (årlige − avtale)',
    metrics: {
      dwellingMonthsShort: 'Husstander i midlertidig bolig',
      dwellingMonthsIdle: 'Tomme boliger',
      placeMonthsShort: 'I kø til introduksjonsprogrammet',
      placeMonthsIdle: 'Tomme introduksjonsplasser',
      mismatchCost: 'Kostnad for tomme boliger og plasser og midlertidig bolig',
      income: 'Tilskudd',
      net: 'Nettobudsjett',
    },
    units: {
      dwellingMonthsShort: 'husstandsmåneder',
      dwellingMonthsIdle: 'boligmåneder',
      placeMonthsShort: 'deltakermåneder',
      placeMonthsIdle: 'plassmåneder',
      mismatchCost: 'kr',
      income: 'kr',
      net: 'kr',
    },
  },
  needs: {
    heading: 'Hva avtalen krever av boliger og plasser',
    subject: (perYear: string, varies: boolean, band: string | null, first: number, last: number) =>
      `${varies ? `planens tall (i snitt ${perYear} i året)` : `${perYear} i året`}${band === null ? '' : ` med inntil ${band} flere`} i ${first === last ? first : `${first}–${last}`}`,
    sentence: (subject: string, parts: readonly string[]) => `For å bosette ${subject} uten en eneste måned med for få trenger kommunen ${list(parts)} i tillegg til planen.`,
    enough: (subject: string) => `Planens boliger og introduksjonsplasser holder til å bosette ${subject} uten en eneste måned med for få.`,
    add: (total: string, kind: 'dwellings' | 'places', first: string, last: string, steps: number) =>
      `${total} ${kind === 'dwellings' ? 'boliger' : 'introduksjonsplasser'} ${steps === 1 ? `innen ${first}` : `fra ${first} til ${last}`}`,
    dwellingsCaption: 'Boliger å skaffe i tillegg til planen',
    placesCaption: 'Introduksjonsplasser å skaffe i tillegg til planen',
    readyBy: 'Klar innen',
    units: 'Antall',
    orderBy: 'Bestilles senest',
    late: (month: string) => `${month} (for sent: før planen starter)`,
    note: 'Regnet for toppen av slingringsmonnet, med leveringstidene i forutsetningene. Det som legges til, beholdes resten av planen.',
    noPlaces: 'Planen har ingen grense for introduksjonsplasser, så bare boliger er regnet med.',
  },
  modes: { yearly: 'Årlige anmodninger', commitment: 'Flerårig avtale' },
  fan: {
    band: '8 av 10 utfall (P10–P90)',
    median: 'Median (P50)',
    title: (label: string, first: number, last: number, yearly: string, commitment: string) =>
      `${label} ${first}–${last} i alt: ${yearly} med årlige anmodninger, ${commitment} med avtale (8 av 10 utfall)`,
    total: (first: number, last: number) => `${first}–${last} i alt`,
    range: (lo: string, hi: string) => (lo === hi ? lo : `${lo}–${hi}`),
    caption: (label: string) => `${label} per år, P10, median og P90 for begge måter`,
    columns: (mode: string) => [`${mode} P10`, `${mode} median`, `${mode} P90`],
    source:
      'Kilde: egne beregninger, Monte Carlo-simulering over IMDis nasjonale anmodninger 2015–2025. P10–P90: 8 av 10 simulerte utfall ligger innenfor.',
  },
  metrics: {
    settled: { label: 'Bosatte', unit: 'personer', csv: 'bosatte' },
    income: { label: 'Tilskudd', unit: 'mill. kr', csv: 'tilskudd' },
    net: { label: 'Nettobudsjett', unit: 'mill. kr', csv: 'netto' },
    dwellingMonthsShort: { label: 'Husstander uten bolig', unit: 'husstandsmåneder', csv: 'husstander-uten-bolig' },
    dwellingMonthsIdle: { label: 'Ledige boliger', unit: 'boligmåneder', csv: 'ledige-boliger' },
    placeMonthsShort: { label: 'Venter på introduksjonsplass', unit: 'deltakermåneder', csv: 'venter-paa-plass' },
    placeMonthsIdle: { label: 'Ledige introduksjonsplasser', unit: 'plassmåneder', csv: 'ledige-plasser' },
  },
  spread: {
    title: (yearly: string, commitment: string) =>
      `Usikkerheten i nettobudsjettet er i snitt ${yearly} i året med årlige anmodninger og ${commitment} med avtale`,
    caption: 'Spredningen i nettobudsjettet per år (P90 minus P10), i kroner',
    axisUnit: 'mill. kr',
    csvName: 'spredning-nettobudsjett.csv',
  },
  mismatch: {
    title: (short: string, shortSign: number, idle: string, idleSign: number) =>
      `Med avtale blir det i snitt ${shortSign === 0 ? 'ingen endring i husstandsmåneder i midlertidig bolig' : `${short} ${shortSign > 0 ? 'færre' : 'flere'} husstandsmåneder i midlertidig bolig`} og ${idleSign === 0 ? 'ingen endring i tomme boligmåneder' : `${idle} ${idleSign > 0 ? 'færre' : 'flere'} tomme boligmåneder`}`,
    caption: 'Forventet feil kapasitet over planens år, snitt over banene, i måneder',
    kind: 'Hva',
    axisUnit: 'måneder',
    csvName: 'feil-kapasitet.csv',
  },
  record: {
    title: (lo: string, hi: string, revised: number, years: number) =>
      `IMDis anmodning har svingt mellom ${lo} og ${hi} i året, og ble endret underveis i ${revised} av ${years} år`,
    caption: 'Nasjonalt: anmodning, endret anmodning, vedtak og bosatte per år',
    request: 'IMDis anmodning',
    revised: 'Endret i løpet av året',
    decided: 'Vedtatt av kommunene',
    settled: 'Bosatt',
    partial: 'Bosatt, foreløpig tall',
    partialMark: (value: string) => `${value} (foreløpig)`,
    axisUnit: 'personer',
    source:
      'Kilde: IMDi, «Anmodning og vedtak» og årsrapporter; regjeringen.no; NTB og TV2. Tall for 2023 og 2024 er foreløpige. Simuleringen trekker årlige endringer i behovet og endringer underveis i året fra disse tallene.',
    csvName: 'nasjonale-anmodninger.csv',
  },
  largest: {
    heading: 'Hvor mange gir kapasiteten rom for?',
    noCapacity:
      'Legg inn boligene kommunen har og får (beholdning og nye boliger) og introduksjonsplasser per år i planen, så regner vi ut hvor mange kommunen kan ta imot hvert år.',
    nothingBinds: 'Med denne sammensetningen trenger ingen av de bosatte bolig eller introduksjonsplass, så kapasiteten setter ingen grense.',
    below: (c: string, r: string, what: string, month: string) =>
      `Kapasiteten gir rom for ${c} i året; anmodningen er ${r}: ved flere enn ${c} i året blir ${what} for få fra ${month}.`,
    atLeast: (c: string, r: string, what: string, month: string) =>
      `Kapasiteten gir rom for ${c} i året; anmodningen er ${r}, så kommunen har plass til hele anmodningen. Ved flere enn ${c} i året blir ${what} for få fra ${month}.`,
    noRequest: (c: string, what: string, month: string, year: number) =>
      `Kapasiteten gir rom for ${c} i året: ved flere blir ${what} for få fra ${month}. Skriv inn IMDis anmodning for ${year} i planen for å sammenligne.`,
    housing: 'boligene',
    places: 'introduksjonsplassene',
    note: 'Største faste antall per år, i planens sammensetning av personer, uten en eneste måned med for få boliger eller plasser.',
    band: (band: string, top: string) => `Med slingringsmonn på ${band} er det tatt høyde for inntil ${top} i året.`,
  },
  tornado: {
    title: (label: string, change: string, low: string, high: string) =>
      `Nettobudsjettet for økonomiplanen er mest følsomt for ${label.toLowerCase()}: ${change} gir fra ${low} til ${high}`,
    empty: 'Ingen av forutsetningene endrer nettobudsjettet ennå: legg inn personer som skal bosettes',
    caption: (change: string) => `Nettobudsjettet for økonomiplanen når hver forutsetning endres ${change}, i kroner`,
    input: 'Forutsetning',
    controlled: 'Kommunen styrer',
    notControlled: 'Kommunen styrer ikke',
    down: (change: string) => `−${change}`,
    up: (change: string) => `+${change}`,
    who: 'Hvem styrer',
    yes: 'kommunen',
    no: 'ikke kommunen',
    base: (net: string) => `Nettobudsjettet for økonomiplanen uten endringer: ${net}.`,
    legendDown: (change: string) => `Skravert: forutsetningen ${change} lavere`,
    legendUp: (change: string) => `Helfarget: forutsetningen ${change} høyere`,
    axisUnit: 'endring i mill. kr',
    source:
      'Kilde: egne beregninger. Hver forutsetning endres for seg, alt annet holdes likt. Blått: forutsetninger kommunen bestemmer selv; brunt: forutsetninger kommunen bare kan anslå.',
    csvName: 'folsomhet-nettobudsjett.csv',
    inputs: {
      personsSettled: 'Personer bosatt',
      dwellings: 'Boliger',
      programmePlaces: 'Introduksjonsplasser',
      unitCosts: 'Egne enhetskostnader',
      grantRates: 'Tilskuddssatser',
      socialAssistance: 'Sosialhjelp',
      familyReunification: 'Familiegjenforening',
      programmeParticipation: 'Deltakelse i introduksjonsprogrammet',
      programmeDuration: 'Varighet i introduksjonsprogrammet',
      moveOut: 'Utflytting til det ordinære boligmarkedet',
      careOfMinors: 'Omsorg for enslige mindreårige',
    },
  },
  method: {
    heading: 'Slik er det regnet',
    points: [
      'Begge måtene starter fra planen: antallet per år (vedtaket, ellers anmodningen, ellers personene lagt inn) og planens boliger, nye boliger, avhendinger og introduksjonsplasser. Er planen for kort på boliger, viser begge måtene det.',
      'Med årlige anmodninger ganges planens tall hvert år med en faktor trukket blant de observerte årlige endringene i IMDis nasjonale anmodning 2015–2025, og med en endring underveis i året trukket blant de observerte (1 i år uten). Begge er skalert til snitt 1, så antallet er det samme som planens i snitt. Hvert observert tall trekkes like ofte.',
      'Med årlige anmodninger bestiller kommunen flere boliger og plasser når anmodningen er kjent (høsten før), og de kommer etter leveringstiden. Det som ikke trengs, sies opp og står tomt til oppsigelsestiden er ute; boliger kommunen selv trenger, sies ikke opp.',
      'Med avtale kjenner kommunen tallet for hele perioden. Et slingringsmonn lar antallet variere innenfor avtalen, med samme snitt.',
      'Hver bane regnes med planmodellens svar per bosatt person i hvert års kull (kjerner), så tilskudd og kostnader følger de samme reglene som prognosen. Begge måtene regnes på de samme banene.',
      'Resultatet er en modell, ikke en spådom: den viser hvor stor usikkerheten har vært, ikke hva som kommer.',
    ],
  },
  csvYear: 'År',
};
