/** Strings of the predictability screen (forutsigbarhet), bokmål. */
export const predictability = {
  heading: 'Forutsigbarhet: flerårig avtale mot årlige anmodninger',
  intro:
    'Hva er det verdt for kommunen å avtale et fast antall bosatte i flere år, i stedet for å svare på IMDis anmodning hvert år? Simuleringen trekker mange mulige utviklinger av behovet og sammenligner de to måtene å planlegge på.',
  options: {
    heading: 'Forutsetninger for simuleringen',
    paths: 'Antall baner',
    pathsHint: 'Flere baner gir sikrere tall, men tar lengre tid. Standard 10 000.',
    seed: 'Startverdi for tilfeldige tall',
    seedHint: 'Samme startverdi gir samme resultat.',
    commitment: 'Avtalt antall per år',
    commitmentHint: 'Tomt felt: gjennomsnittet av bosettingen med årlige anmodninger, så bare usikkerheten skiller de to.',
    years: 'Avtaleperiode (år)',
    yearsHint: (horizon: number) => `Avtalen gjelder de første 1–${horizon} årene; årene etter følger de årlige anmodningene i begge modusene.`,
    band: 'Slingringsmonn (± %)',
    bandHint: 'Avtalen tillater så mye mer eller mindre enn det avtalte tallet, etter behovet.',
    dwellingLead: 'Leveringstid for boliger (måneder)',
    placeLead: 'Leveringstid for introduksjonsplasser (måneder)',
    notice: 'Oppsigelsestid (måneder)',
    noticeHint: 'Boliger og plasser som ikke trengs, står ledige så lenge før de kan sies opp.',
    ownRequests: 'Kommunens egne anmodninger (valgfritt)',
    ownRequestsHint:
      'Skriv inn anmodningene kommunen har fått de siste årene. Da regnes kommunens andel av det nasjonale behovet ut fra dem i stedet for fra folketallet.',
    ownRequest: (year: number) => `Anmodning ${year}`,
    run: 'Kjør simuleringen',
    invalid: (min: string, max: string) => `Skriv et helt tall fra ${min} til ${max}.`,
    invalidOptional: (min: string, max: string) => `Skriv et helt tall fra ${min} til ${max}, eller la feltet stå tomt.`,
  },
  share: {
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
    pending: 'Svaret kommer når simuleringen er ferdig.',
    stale: 'Figurene under er fra forrige kjøring og oppdateres når simuleringen er ferdig.',
    sentence: (perYear: string, years: number, gain: string, more: boolean, spread: string, less: boolean) =>
      `Med en avtale om ${perYear} i året i ${years} år får kommunen i snitt ${gain} ${more ? 'mer' : 'mindre'} netto, og utfallet varierer ${spread} ${less ? 'mindre' : 'mer'} enn med årlige anmodninger.`,
    sentenceSame: (perYear: string, years: number, spread: string, less: boolean) =>
      `Med en avtale om ${perYear} i året i ${years} år får kommunen i snitt omtrent like mye netto, og utfallet varierer ${spread} ${less ? 'mindre' : 'mer'} enn med årlige anmodninger.`,
    detail: (paths: string) =>
      `Snitt over ${paths} baner. «Varierer» er avstanden mellom det 1. og 9. tidelet (P10–P90) av nettobudsjettet summert over avtaleperioden.`,
  },
  modes: { yearly: 'Årlige anmodninger', commitment: 'Flerårig avtale' },
  fan: {
    band: '8 av 10 utfall (P10–P90)',
    median: 'Median (P50)',
    title: (label: string, year: number, yearly: string, commitment: string) =>
      `${label} i ${year}: ${yearly} med årlige anmodninger, ${commitment} med avtale (8 av 10 utfall)`,
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
    title: (short: string, idle: string) =>
      `Med avtale blir det i snitt ${short} færre husstandsmåneder uten bolig og ${idle} færre boligmåneder med ledige boliger`,
    titleKroner: (yearly: string, commitment: string) =>
      `Boliger som mangler eller står tomme koster i snitt ${yearly} med årlige anmodninger og ${commitment} med avtale`,
    caption: 'Forventet feil kapasitet over avtaleperioden, snitt over banene',
    kind: 'Hva',
    kroner: 'Kostnad, ledige boliger og midlertidig bolig (kr)',
    kronerMissing:
      'Kroner vises når kommunen har lagt inn kostnad per ledig bolig og merkostnad for midlertidig bolig i scenariet.',
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
      'Det nasjonale behovet trekkes år for år: endringen fra ett år til det neste trekkes blant de observerte endringene i IMDis anmodning 2015–2025, og en endring underveis i året trekkes blant de observerte endringene (1 i år uten endring). Behovet holdes innenfor det som er observert.',
      'Kommunens anmodning er kommunens andel av det nasjonale behovet.',
      'Med årlige anmodninger bestiller kommunen boliger og plasser når anmodningen er kjent (høsten før), og de kommer etter leveringstiden. Det som ikke trengs, står ledig til oppsigelsestiden er ute.',
      'Med avtale kjenner kommunen tallet for hele perioden og planlegger kapasiteten i god tid.',
      'Hver bane regnes med planmodellens svar per bosatt person i hvert års kull (kjerner), så tilskudd og kostnader følger de samme reglene som prognosen. Begge måtene regnes på de samme banene.',
      'Resultatet er en modell, ikke en spådom: den viser hvor stor usikkerheten har vært, ikke hva som kommer.',
    ],
  },
  csvYear: 'År',
};
