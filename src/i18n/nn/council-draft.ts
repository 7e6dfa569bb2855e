import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-council-draft.ts in nynorsk. */
export const councilDraft = {
  heading: 'Saksframlegg: svar på oppmodinga frå IMDi',
  intro:
    'Eit utkast til saksframlegget for kommunestyret sitt vedtak om oppmodinga frå IMDi, skrive ut frå planen. Rediger teksten her, og last han ned som Word-dokument eller kopier han. Tabellane følgjer tala i planen.',
  noMunicipality: 'Vel kommune på «Plan og prognose», så skriv vi utkastet.',
  title: (municipality, years) => `${municipality}: busetjing av flyktningar ${years} – svar på oppmoding frå IMDi`,
  thisMunicipality: 'Kommunen',
  sections: {
    subject: 'Saka gjeld',
    proposal: 'Framlegg til vedtak',
    background: 'Bakgrunn',
    assessment: 'Vurdering',
    economy: 'Økonomi',
    risk: 'Risiko',
    assumptions: 'Føresetnader og kjelder',
  },
  subject: {
    request: (municipality, count, year) => `IMDi har oppmoda ${municipality} om å busetje ${count} flyktningar i ${year}.`,
    revised: (count) => `Oppmodinga er seinare endra til ${count}.`,
    noRequest: (year) => `Oppmodinga frå IMDi for ${year} er ikkje lagd inn i planen enno.`,
    task: 'Kommunestyret skal ta stilling til kor mange flyktningar kommunen skal busetje, og svare IMDi.',
  },
  proposal: {
    settle: (n, municipality, count, year) => `${n}. ${municipality} busett ${count} flyktningar i ${year}.`,
    settleWithMargin: (n, municipality, count, year, margin, most) =>
      `${n}. ${municipality} busett ${count} flyktningar i ${year}, med inntil ${margin} fleire (høgst ${most} personar).`,
    marginCell: (margin, most) => `inntil ${margin} fleire: ${most}`,
    reunified: (n) => `${n}. Familiesameinte kjem i tillegg til tala over.`,
  },
  background: {
    plan: (from, to) => `Tabellen under viser kor mange planen for ${from}–${to} busett per år, etter type. Tala for oppmoding og vedtak er dei som er lagde inn i planen.`,
    caption: 'Personar per år etter type',
    year: 'År',
    total: 'I alt',
    none: '–',
    reunified: (count, from, to) => `I tillegg ventar ein ${count} familiesameinte i ${from}–${to}.`,
    settledBefore: (persons, minors, from, to) =>
      `Kommunen busette ${persons} personar og ${minors} einslege mindreårige i ${from}–${to}; tilskota for dei er med i økonomien.`,
  },
  assessment: {
    housingShort: (month) => `Bustadene i planen strekk ikkje til frå ${month}: då står hushald utan bustad.`,
    housingEnough: 'Bustadene i planen strekk til for alle som blir busette, kvar månad i planperioden.',
    waiting: (count, month) => `Introduksjonsprogrammet har for få plassar: flest ventar i ${month}, ${count} deltakarar.`,
    noWaiting: 'Ingen deltakarar ventar på plass i introduksjonsprogrammet.',
    noCapacity: 'Planen har ingen bustader eller introduksjonsplassar lagde inn, så han seier ikkje kor mange kapasiteten gjev rom for.',
    notRun: 'Analysen av føreseielegheit (fleirårig avtale mot årlege oppmodingar) er ikkje køyrd for denne planen.',
  },
  economy: {
    intro: (from, to) => `Tabellen under viser tilskot og kostnader i økonomiplanen ${from}–${to}, i millionar kroner med éin desimal.`,
    caption: (from, to) => `Økonomiplan ${from}–${to}`,
    line: 'Linje',
    sum: 'Sum',
    netLow: 'Netto om dei anslåtte satsane blir låge',
    netHigh: 'Netto om dei anslåtte satsane blir høge',
    estimated: 'Beløp merkte ≈ byggjer på anslåtte satsar.',
    investment: (amount, from, to) => `Investeringsbudsjettet ${from}–${to} (bustader kommunen kjøper eller byggjer) er ${amount} netto, utanom driftsbudsjettet over.`,
  },
  risk: {
    estimated: (years) => `Satsane for ${years} er ikkje publiserte og er anslåtte; tilskota kan bli lågare eller høgare.`,
    housing: (month) => `Utan fleire bustader må kommunen bruke mellombels bustad frå ${month}.`,
    places: (month) => `Utan fleire introduksjonsplassar må deltakarar vente på plass frå ${month}.`,
    beyondDecision: (count, year) => `Planen busett ${count} fleire i ${year} enn vedtaket tillèt.`,
    defaults: (count) => `${count} føresetnader er framleis standardverdiar og ikkje kommunen sine eigne tal.`,
    request: 'IMDi kan endre oppmodinga i løpet av året, og busetjinga kan kome seinare eller tidlegare enn planen reknar med.',
  },
  assumptions: {
    tool: (edition) => `Utrekningane er gjorde med Bosettingsplan, satsar i dataversjon ${edition}.`,
    estimate: (rates, years, rule) => `Anslått for ${years}: ${rates}. Anslaget: ${rule}.`,
    override: (rate, year, value, source) => `Kommunen sin eigen sats: ${rate} ${year}, ${value} (${source}).`,
    default: (label, value, source) => `${label}: ${value} (standardverdi; ${source}).`,
    changed: (label, value) => `${label}: ${value} (kommunen sine tal).`,
  },
  edit: {
    label: (heading) => `Tekst: ${heading}`,
    reset: 'Tilbakestill til framlegget',
    edited: 'Redigert: tala her følgjer ikkje lenger planen av seg sjølv.',
    outdated: 'Planen er endra etter at du redigerte denne teksten. Tilbakestill for å få med dei nye tala.',
  },
  actions: {
    label: 'Saksframlegget',
    download: 'Last ned som Word (.docx)',
    downloading: 'Lagar Word-dokumentet …',
    downloadFailed: 'Word-dokumentet kunne ikkje lagast. Prøv igjen, eller kopier teksten.',
    downloaded: (file) => `Lasta ned ${file}.`,
    copy: 'Kopier teksten',
    copied: 'Teksten er kopiert.',
    copyFailed: 'Nettlesaren slapp ikkje til utklippstavla. Merk teksten og kopier han sjølv.',
    runPredictability: 'Køyr analysen av føreseielegheit',
    fileName: 'saksframlegg',
  },
} satisfies Translation<Messages['councilDraft']>;
