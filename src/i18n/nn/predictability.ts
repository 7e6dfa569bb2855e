import type { PredictabilityValue, ValueMetric } from '../../lib/predictability-value';
import type { Formatter } from '../../lib/format';
import type { Messages } from '../nb';
import type { Translation } from '../translation';

const fewer = (difference: number, what: string, f: Formatter) =>
  difference === 0 ? `inga endring i ${what}` : `${f.formatNumber(Math.abs(difference))} ${difference > 0 ? 'færre' : 'fleire'} ${what}`;
const list = (parts: readonly string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`);
const row = (v: PredictabilityValue, metric: ValueMetric) => v.rows.find((r) => r.metric === metric);

/** src/i18n/nb-predictability.ts in nynorsk. */
export const predictability = {
  heading: 'Føreseielegheit: fleirårig avtale mot årlege oppmodingar',
  intro:
    'Kva er det verdt for kommunen å avtale talet på busette i planen for fleire år, i staden for å svare på oppmodinga frå IMDi kvart år? Begge måtane tek utgangspunkt i planen: same tal i snitt og bustadene og introduksjonsplassane i planen. Med årlege oppmodingar varierer talet slik oppmodingane frå IMDi har variert, og kapasiteten må følgje etter.',
  options: {
    heading: 'Føresetnader for simuleringa',
    paths: 'Talet på banar',
    pathsHint: 'Fleire banar gir sikrare tal, men tek lengre tid. Standard 10 000.',
    seed: 'Startverdi for tilfeldige tal',
    seedHint: 'Same startverdi gir same resultat.',
    commitment: 'Avtalt tal per år',
    commitmentHint: 'Tomt felt: dei eigne tala i planen (vedtaket, elles oppmodinga, elles personane lagde inn). Med eit tal her blir begge måtane rekna rundt dette talet.',
    years: 'Avtaleperiode (år)',
    yearsHint: (horizon) => `Avtalen gjeld dei første 1–${horizon} åra; åra etter følgjer dei årlege oppmodingane i begge måtane. Tomt felt: til og med det siste året i planen med busette.`,
    band: 'Slingringsmonn (± %)',
    bandHint: 'Som eit vedtak om «inntil 10 % fleire»: talet kan variere så mykje opp eller ned innanfor avtalen.',
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
    heading: 'Kva IMDi kan kome til å be om',
    finding: (low, high, first, last, lastYear, lastValue, planned, startYear) =>
      `Med denne delen ville oppmodinga frå IMDi til kommunen ha lege mellom ${low} og ${high} i året i ${first}–${last} (${lastYear}: ${lastValue}).${planned === null ? '' : ` Planen reknar med ${planned} i ${startYear}.`} Delen set ikkje tala i samanlikninga over.`,
    tableSummary: 'Vis tabell',
    caption: 'Den nasjonale oppmodinga frå IMDi og delen til kommunen per år',
    year: 'År',
    national: 'Oppmodinga frå IMDi, heile landet',
    own: 'Delen til kommunen',
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
    empty: 'Legg inn kor mange kommunen skal busetje per år i planen (eller vedtak eller oppmoding), så samanliknar vi ein fleirårig avtale med årlege oppmodingar.',
    pending: 'Svaret kjem når simuleringa er ferdig.',
    stale: 'Resultatet under er frå før planen eller føresetnadene vart endra, og blir oppdatert når simuleringa er ferdig.',
    sentence: (v: PredictabilityValue, f: Formatter) => {
      const subject = v.perYearVaries ? `Med ein avtale om tala i planen (i snitt ${f.formatNumber(v.perYear)} i året)` : `Med ein avtale om ${f.formatNumber(v.perYear)} i året`;
      const band = v.band > 0 ? ` (± ${f.formatPercent(v.band, 0)})` : '';
      const years = v.firstYear === v.lastYear ? `i ${v.firstYear}` : `i ${v.firstYear}–${v.lastYear}`;
      const units = (metric: ValueMetric, what: string) => fewer(row(v, metric)?.difference ?? 0, what, f);
      const parts = [units('dwellingMonthsShort', 'hushaldsmånader i mellombels bustad'), units('dwellingMonthsIdle', 'tomme bustadmånader')];
      if (v.placesLimited) parts.push(units('placeMonthsShort', 'deltakarmånader i kø til introduksjonsprogrammet'), units('placeMonthsIdle', 'tomme plassmånader'));
      const cost = row(v, 'mismatchCost');
      if (v.costsEntered && cost) {
        const saved = cost.difference;
        parts.push(
          `${f.formatMillionKroner(Math.abs(saved))} ${saved >= 0 ? 'mindre' : 'meir'} i kostnader til tomme bustader og plassar og mellombels bustad i snitt (P10–P90: ${f.formatMillionKroner(cost.p10)} til ${f.formatMillionKroner(cost.p90)})`,
        );
      } else parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} i snitt`;
      const income = row(v, 'income')?.difference ?? 0;
      const grants = v.incomeSame ? 'tilskota er dei same i snitt' : `tilskota er ${f.formatMillionKroner(Math.abs(income))} ${income > 0 ? 'lågare' : 'høgare'} i snitt med avtale`;
      const tail = v.costsEntered ? '' : ' Kroner blir viste når kommunen har lagt inn kostnad per tom bustad, meirkostnad for mellombels bustad eller kostnad per introduksjonsplass.';
      return `${subject}${band} ${years} og kapasiteten i planen: ${list(parts)}; ${grants}.${tail}`;
    },
    detail: (paths) =>
      `Snitt over ${paths} banar, summert over alle åra i planen. Skilnaden er årlege oppmodingar minus avtale på kvar bane; P10–P90: 8 av 10 banar ligg innanfor.`,
  },
  valueTable: {
    caption: (first, last) => `Avtale mot årlege oppmodingar, snitt over banane, summert over åra i planen (avtalen gjeld ${first === last ? first : `${first}–${last}`})`,
    difference: 'Skilnad (årlege − avtale)',
    metrics: {
      dwellingMonthsShort: 'Hushald i mellombels bustad',
      dwellingMonthsIdle: 'Tomme bustader',
      placeMonthsShort: 'I kø til introduksjonsprogrammet',
      placeMonthsIdle: 'Tomme introduksjonsplassar',
      mismatchCost: 'Kostnad for tomme bustader og plassar og mellombels bustad',
      income: 'Tilskot',
      net: 'Nettobudsjett',
    },
    units: {
      dwellingMonthsShort: 'hushaldsmånader',
      dwellingMonthsIdle: 'bustadmånader',
      placeMonthsShort: 'deltakarmånader',
      placeMonthsIdle: 'plassmånader',
      mismatchCost: 'kr',
      income: 'kr',
      net: 'kr',
    },
  },
  needs: {
    heading: 'Kva avtalen krev av bustader og plassar',
    subject: (perYear, varies, band, first, last) =>
      `${varies ? `tala i planen (i snitt ${perYear} i året)` : `${perYear} i året`}${band === null ? '' : ` med inntil ${band} fleire`} i ${first === last ? first : `${first}–${last}`}`,
    sentence: (subject, parts) => `For å busetje ${subject} utan ein einaste månad med for få treng kommunen ${list(parts)} i tillegg til planen.`,
    enough: (subject) => `Bustadene og introduksjonsplassane i planen held til å busetje ${subject} utan ein einaste månad med for få.`,
    add: (total, kind, first, last, steps) => `${total} ${kind === 'dwellings' ? 'bustader' : 'introduksjonsplassar'} ${steps === 1 ? `innan ${first}` : `frå ${first} til ${last}`}`,
    dwellingsCaption: 'Bustader å skaffe i tillegg til planen',
    placesCaption: 'Introduksjonsplassar å skaffe i tillegg til planen',
    readyBy: 'Klar innan',
    units: 'Tal',
    orderBy: 'Bestillast seinast',
    late: (month) => `${month} (for seint: før planen startar)`,
    note: 'Rekna for toppen av slingringsmonnet, med leveringstidene i føresetnadene. Det som blir lagt til, blir halde på resten av planen.',
    noPlaces: 'Planen har inga grense for introduksjonsplassar, så berre bustader er rekna med.',
  },
  modes: { yearly: 'Årlege oppmodingar', commitment: 'Fleirårig avtale' },
  fan: {
    band: '8 av 10 utfall (P10–P90)',
    median: 'Median (P50)',
    title: (label, first, last, yearly, commitment) =>
      `${label} ${first}–${last} i alt: ${yearly} med årlege oppmodingar, ${commitment} med avtale (8 av 10 utfall)`,
    total: (first, last) => `${first}–${last} i alt`,
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
    title: (short, shortSign, idle, idleSign) =>
      `Med avtale blir det i snitt ${shortSign === 0 ? 'inga endring i hushaldsmånader i mellombels bustad' : `${short} ${shortSign > 0 ? 'færre' : 'fleire'} hushaldsmånader i mellombels bustad`} og ${idleSign === 0 ? 'inga endring i tomme bustadmånader' : `${idle} ${idleSign > 0 ? 'færre' : 'fleire'} tomme bustadmånader`}`,
    caption: 'Forventa feil kapasitet over åra i planen, snitt over banane, i månader',
    kind: 'Kva',
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
    band: (band, top) => `Med slingringsmonn på ${band} er det teke høgd for inntil ${top} i året.`,
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
      'Begge måtane startar frå planen: talet per år (vedtaket, elles oppmodinga, elles personane lagde inn) og bustadene, nye bustader, avhendingar og introduksjonsplassar i planen. Er planen for kort på bustader, viser begge måtane det.',
      'Med årlege oppmodingar blir talet i planen kvart år gonga med ein faktor trekt blant dei observerte årlege endringane i den nasjonale oppmodinga frå IMDi 2015–2025, og med ei endring i løpet av året trekt blant dei observerte (1 i år utan). Begge er skalerte til snitt 1, så talet er det same som i planen i snitt. Kvart observert tal blir trekt like ofte.',
      'Med årlege oppmodingar bestiller kommunen fleire bustader og plassar når oppmodinga er kjend (hausten før), og dei kjem etter leveringstida. Det som ikkje trengst, blir sagt opp og står tomt til oppseiingstida er ute; bustader kommunen sjølv treng, blir ikkje sagde opp.',
      'Med avtale kjenner kommunen talet for heile perioden. Eit slingringsmonn lèt talet variere innanfor avtalen, med same snitt.',
      'Kvar bane blir rekna med svaret frå planmodellen per busett person i kullet kvart år (kjernar), så tilskot og kostnader følgjer dei same reglane som prognosen. Begge måtane blir rekna på dei same banane.',
      'Resultatet er ein modell, ikkje ein spådom: han viser kor stor uvissa har vore, ikkje kva som kjem.',
    ],
  },
  csvYear: 'År',
} satisfies Translation<Messages['predictability']>;
