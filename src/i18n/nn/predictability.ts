import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-predictability.ts in nynorsk. */
export const predictability = {
  heading: 'Føreseielegheit: fleirårig avtale mot årlege oppmodingar',
  intro:
    'Kva er det verdt for kommunen å avtale eit fast tal på busette i fleire år, i staden for å svare på oppmodinga frå IMDi kvart år? Simuleringa trekkjer mange moglege utviklingar av behovet og samanliknar dei to måtane å planleggje på.',
  options: {
    heading: 'Føresetnader for simuleringa',
    paths: 'Talet på banar',
    pathsHint: 'Fleire banar gir sikrare tal, men tek lengre tid. Standard 10 000.',
    seed: 'Startverdi for tilfeldige tal',
    seedHint: 'Same startverdi gir same resultat.',
    commitment: 'Avtalt tal per år',
    commitmentHint: 'Tomt felt: snittet av busetjinga med årlege oppmodingar, så berre uvissa skil dei to.',
    years: 'Avtaleperiode (år)',
    yearsHint: (horizon) => `Avtalen gjeld dei første 1–${horizon} åra; åra etter følgjer dei årlege oppmodingane i begge modusane.`,
    band: 'Slingringsmonn (± %)',
    bandHint: 'Avtalen tillèt så mykje meir eller mindre enn det avtalte talet, etter behovet.',
    dwellingLead: 'Leveringstid for bustader (månader)',
    placeLead: 'Leveringstid for introduksjonsplassar (månader)',
    notice: 'Oppseiingstid (månader)',
    noticeHint: 'Bustader og plassar som ikkje trengst, står ledige så lenge før dei kan seiast opp.',
    ownRequests: 'Oppmodingane til kommunen sjølv (valfritt)',
    ownRequestsHint:
      'Skriv inn oppmodingane kommunen har fått dei siste åra. Då blir delen kommunen har av det nasjonale behovet rekna ut frå dei i staden for frå folketalet.',
    ownRequest: (year) => `Oppmoding ${year}`,
    run: 'Køyr simuleringa',
    invalid: (min, max) => `Skriv eit heilt tal frå ${min} til ${max}.`,
    invalidOptional: (min, max) => `Skriv eit heilt tal frå ${min} til ${max}, eller la feltet stå tomt.`,
  },
  share: {
    population: (share, name) =>
      `Antaking: ${name} får same del av det nasjonale behovet som kommunen sin del av folketalet, ${share}.`,
    requests: (share, count) =>
      `${share} av det nasjonale behovet, rekna som snittet av kommunen sine eigne oppmodingar delt på den nasjonale oppmodinga frå IMDi (${count} år).`,
    missing:
      'Vel kommune i planen, eller skriv inn oppmodingane til kommunen, så kan simuleringa rekne ut delen til kommunen.',
  },
  progress: {
    label: 'Simuleringa',
    running: (done, total) => `Reknar … ${done} av ${total} banar`,
    cancel: 'Avbryt',
    cancelled: 'Simuleringa vart avbroten.',
    restart: 'Køyr på nytt',
    waiting: 'Simuleringa startar straks …',
    error: (message) => `Simuleringa stoppa med ein feil: ${message}`,
  },
  value: {
    heading: 'Kva føreseielegheit er verdt',
    pending: 'Svaret kjem når simuleringa er ferdig.',
    stale: 'Figurane under er frå førre køyring og blir oppdaterte når simuleringa er ferdig.',
    sentence: (perYear, years, gain, more, spread, less) =>
      `Med ein avtale om ${perYear} i året i ${years} år får kommunen i snitt ${gain} ${more ? 'meir' : 'mindre'} netto, og utfallet varierer ${spread} ${less ? 'mindre' : 'meir'} enn med årlege oppmodingar.`,
    sentenceSame: (perYear, years, spread, less) =>
      `Med ein avtale om ${perYear} i året i ${years} år får kommunen i snitt omtrent like mykje netto, og utfallet varierer ${spread} ${less ? 'mindre' : 'meir'} enn med årlege oppmodingar.`,
    detail: (paths) =>
      `Snitt over ${paths} banar. «Varierer» er avstanden mellom den 1. og 9. tidelen (P10–P90) av nettobudsjettet summert over avtaleperioden.`,
  },
  modes: { yearly: 'Årlege oppmodingar', commitment: 'Fleirårig avtale' },
  fan: {
    band: '8 av 10 utfall (P10–P90)',
    median: 'Median (P50)',
    title: (label, year, yearly, commitment) =>
      `${label} i ${year}: ${yearly} med årlege oppmodingar, ${commitment} med avtale (8 av 10 utfall)`,
    range: (lo, hi) => (lo === hi ? lo : `${lo}–${hi}`),
    caption: (label) => `${label} per år, P10, median og P90 for begge måtane`,
    columns: (mode) => [`${mode} P10`, `${mode} median`, `${mode} P90`],
    source:
      'Kjelde: eigne berekningar, Monte Carlo-simulering over dei nasjonale oppmodingane frå IMDi 2015–2025. P10–P90: 8 av 10 simulerte utfall ligg innanfor.',
  },
  metrics: {
    settled: { label: 'Busette', unit: 'personar', csv: 'busette' },
    income: { label: 'Tilskot', unit: 'mill. kr', csv: 'tilskot' },
    net: { label: 'Nettobudsjett', unit: 'mill. kr', csv: 'netto' },
    dwellingMonthsShort: { label: 'Hushald utan bustad', unit: 'hushaldsmånader', csv: 'hushald-utan-bustad' },
    dwellingMonthsIdle: { label: 'Ledige bustader', unit: 'bustadmånader', csv: 'ledige-bustader' },
    placeMonthsShort: { label: 'Ventar på introduksjonsplass', unit: 'deltakarmånader', csv: 'ventar-paa-plass' },
    placeMonthsIdle: { label: 'Ledige introduksjonsplassar', unit: 'plassmånader', csv: 'ledige-plassar' },
  },
  spread: {
    title: (yearly, commitment) =>
      `Uvissa i nettobudsjettet er i snitt ${yearly} i året med årlege oppmodingar og ${commitment} med avtale`,
    caption: 'Spreiinga i nettobudsjettet per år (P90 minus P10), i kroner',
    axisUnit: 'mill. kr',
    csvName: 'spreiing-nettobudsjett.csv',
  },
  mismatch: {
    title: (short, idle) =>
      `Med avtale blir det i snitt ${short} færre hushaldsmånader utan bustad og ${idle} færre bustadmånader med ledige bustader`,
    titleKroner: (yearly, commitment) =>
      `Bustader som manglar eller står tomme, kostar i snitt ${yearly} med årlege oppmodingar og ${commitment} med avtale`,
    caption: 'Venta feil kapasitet over avtaleperioden, snitt over banane',
    kind: 'Kva',
    kroner: 'Kostnad, ledige bustader og mellombels bustad (kr)',
    kronerMissing:
      'Kroner blir viste når kommunen har lagt inn kostnad per ledig bustad og meirkostnad for mellombels bustad i scenarioet.',
    axisUnit: 'månader',
    csvName: 'feil-kapasitet.csv',
  },
  record: {
    title: (lo, hi, revised, years) =>
      `Oppmodinga frå IMDi har svinga mellom ${lo} og ${hi} i året, og vart endra undervegs i ${revised} av ${years} år`,
    caption: 'Nasjonalt: oppmoding, endra oppmoding, vedtak og busette per år',
    request: 'Oppmodinga frå IMDi',
    revised: 'Endra i løpet av året',
    decided: 'Vedteke av kommunane',
    settled: 'Busett',
    partial: 'Busett, førebels tal',
    partialMark: (value) => `${value} (førebels)`,
    axisUnit: 'personar',
    source:
      'Kjelde: IMDi, «Anmodning og vedtak» og årsrapportar; regjeringen.no; NTB og TV2. Tala for 2023 og 2024 er førebelse. Simuleringa trekkjer årlege endringar i behovet og endringar undervegs i året frå desse tala.',
    csvName: 'nasjonale-oppmodingar.csv',
  },
  largest: {
    heading: 'Kor mange gir kapasiteten rom for?',
    noCapacity:
      'Legg inn bustadene kommunen har og får (behaldning og nye bustader) og introduksjonsplassar per år i planen, så reknar vi ut kor mange kommunen kan ta imot kvart år.',
    nothingBinds:
      'Med denne samansetjinga treng ingen av dei busette bustad eller introduksjonsplass, så kapasiteten set inga grense.',
    below: (c, r, what, month) =>
      `Kapasiteten gir rom for ${c} i året; oppmodinga er ${r}: ved fleire enn ${c} i året blir ${what} for få frå ${month}.`,
    atLeast: (c, r, what, month) =>
      `Kapasiteten gir rom for ${c} i året; oppmodinga er ${r}, så kommunen har plass til heile oppmodinga. Ved fleire enn ${c} i året blir ${what} for få frå ${month}.`,
    noRequest: (c, what, month, year) =>
      `Kapasiteten gir rom for ${c} i året: ved fleire blir ${what} for få frå ${month}. Skriv inn oppmodinga frå IMDi for ${year} i planen for å samanlikne.`,
    housing: 'bustadene',
    places: 'introduksjonsplassane',
    note: 'Største faste tal per år, i samansetjinga av personar i planen, utan ein einaste månad med for få bustader eller plassar.',
  },
  tornado: {
    title: (label, change, low, high) =>
      `Nettobudsjettet for økonomiplanen er mest følsamt for ${label.toLowerCase()}: ${change} gir frå ${low} til ${high}`,
    empty: 'Ingen av føresetnadene endrar nettobudsjettet enno: legg inn personar som skal busetjast',
    caption: (change) => `Nettobudsjettet for økonomiplanen når kvar føresetnad blir endra ${change}, i kroner`,
    input: 'Føresetnad',
    controlled: 'Kommunen styrer',
    notControlled: 'Kommunen styrer ikkje',
    down: (change) => `−${change}`,
    up: (change) => `+${change}`,
    who: 'Kven styrer',
    yes: 'kommunen',
    no: 'ikkje kommunen',
    base: (net) => `Nettobudsjettet for økonomiplanen utan endringar: ${net}.`,
    legendDown: (change) => `Skravert: føresetnaden ${change} lågare`,
    legendUp: (change) => `Heilfarga: føresetnaden ${change} høgare`,
    axisUnit: 'endring i mill. kr',
    source:
      'Kjelde: eigne berekningar. Kvar føresetnad blir endra for seg, alt anna blir halde likt. Blått: føresetnader kommunen bestemmer sjølv; brunt: føresetnader kommunen berre kan anslå.',
    csvName: 'folsamheit-nettobudsjett.csv',
    inputs: {
      personsSettled: 'Personar busette',
      dwellings: 'Bustader',
      programmePlaces: 'Introduksjonsplassar',
      unitCosts: 'Eigne einingskostnader',
      grantRates: 'Tilskotssatsar',
      socialAssistance: 'Sosialhjelp',
      familyReunification: 'Familiegjenforeining',
      programmeParticipation: 'Deltaking i introduksjonsprogrammet',
      programmeDuration: 'Lengd i introduksjonsprogrammet',
      moveOut: 'Utflytting til den ordinære bustadmarknaden',
      careOfMinors: 'Omsorg for einslege mindreårige',
    },
  },
  method: {
    heading: 'Slik er det rekna',
    points: [
      'Det nasjonale behovet blir trekt år for år: endringa frå eitt år til det neste blir trekt blant dei observerte endringane i oppmodinga frå IMDi 2015–2025, og ei endring undervegs i året blir trekt blant dei observerte endringane (1 i år utan endring). Behovet blir halde innanfor det som er observert.',
      'Oppmodinga til kommunen er delen kommunen har av det nasjonale behovet.',
      'Med årlege oppmodingar bestiller kommunen bustader og plassar når oppmodinga er kjend (hausten før), og dei kjem etter leveringstida. Det som ikkje trengst, står ledig til oppseiingstida er ute.',
      'Med avtale kjenner kommunen talet for heile perioden og planlegg kapasiteten i god tid.',
      'Kvar bane blir rekna med svaret frå planmodellen per busett person i kullet kvart år (kjernar), så tilskot og kostnader følgjer dei same reglane som prognosen. Begge måtane blir rekna på dei same banane.',
      'Resultatet er ein modell, ikkje ein spådom: han viser kor stor uvissa har vore, ikkje kva som kjem.',
    ],
  },
  csvYear: 'År',
} satisfies Translation<Messages['predictability']>;
