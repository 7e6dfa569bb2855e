import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-workspace.ts in nynorsk. */
export const workspace = {
  nav: 'Scenario',
  history: {
    label: 'Endringar',
    undo: 'Angre',
    redo: 'Gjer om',
    undoHint: 'Angre siste endring (Ctrl+Z)',
    redoHint: 'Gjer om (Ctrl+Shift+Z eller Ctrl+Y)',
    undone: 'Endringa er angra.',
    redone: 'Endringa er gjord om.',
  },
  list: {
    heading: 'Scenario',
    intro:
      'Her er alle scenarioa dine. Det gjeldande scenarioet er det du ser og endrar under «Plan og prognose». Basis er scenarioet dei andre blir samanlikna med.',
    caption: 'Scenarioa dine, med periode, personar og netto for økonomiplanen',
    name: 'Namn',
    municipality: 'Kommune',
    periodHeading: 'Periode',
    persons: 'Personar',
    net: 'Netto økonomiplan',
    actions: 'Handlingar',
    noMunicipality: 'Ingen kommune er vald',
    unknownMunicipality: (code) => `Ukjend kommunenummer ${code}`,
    period: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
    current: 'Gjeldande',
    baseline: 'Basis',
    noBaseline:
      'Ingen scenario er merkt som basis. Vel «Merk som basis» på det scenarioet dei andre skal samanliknast med.',
    estimated: 'anslått',
    create: 'Nytt scenario',
    newName: 'Nytt scenario',
    copyName: (name) => `Kopi av ${name}`,
    use: 'Bruk',
    open: 'Opne i planen',
    rename: 'Gi nytt namn',
    duplicate: 'Dupliser',
    markBaseline: 'Merk som basis',
    delete: 'Slett',
    onlyOne: 'Det siste scenarioet kan ikkje slettast.',
    renameLabel: (name) => `Nytt namn på «${name}»`,
    nameInvalid: 'Skriv eit namn på 1 til 120 teikn.',
    save: 'Lagre',
    cancel: 'Avbryt',
  },
  status: {
    created: (name) => `«${name}» er laga og er no gjeldande scenario.`,
    duplicated: (name) => `«${name}» er laga som kopi og er no gjeldande scenario.`,
    renamed: (name) => `Scenarioet heiter no «${name}».`,
    deleted: (name) => `«${name}» er sletta.`,
    restored: (name) => `«${name}» er tilbake.`,
    switched: (name) => `«${name}» er no gjeldande scenario.`,
    baseline: (name) => `«${name}» er no basis.`,
    imported: (name) => `«${name}» er importert som nytt scenario og er no gjeldande.`,
    exported: (file) => `Scenarioet er lagra som ${file}.`,
    undoDelete: 'Angre',
    undoDeleteWhat: (name) => `slettinga av «${name}»`,
  },
  file: {
    export: 'Eksporter gjeldande scenario',
    import: 'Importer scenario frå fil',
    hint: 'Fila er i same format som kommandolinjeverktøyet les (JSON). Ei importert fil blir eit nytt scenario; ingen scenario blir skrivne over.',
    namePrefix: 'bosettingsplan',
    invalidTitle: (file) => `«${file}» kunne ikkje importerast`,
    invalidHelp: 'Ingenting er endra. Rett feila i fila og prøv igjen:',
    unknownMunicipality: (code) =>
      `municipalityCode: kommunenummeret ${code} finst ikkje i kommunelista (kommunar per 1. januar 2024).`,
    tooLarge: (limit) => `Fila er større enn ${limit} og er ikkje ei scenariofil.`,
    unreadable: 'Fila kunne ikkje lesast.',
    unknownField: (field) => `${field}: scenarioformatet har ikkje noko felt med dette namnet (skrivefeil?). Fjern det eller rett namnet.`,
    exportRefusedTitle: 'Scenarioet kunne ikkje eksporterast',
    exportNeedsMunicipality: 'Vel ein kommune i feltet «Kommune» under «Plan og prognose» før du eksporterer: utan kommune kan ikkje fila brukast til å rekne ut planen.',
  },
  storage: {
    titleOne: 'Det lagra scenarioet kunne ikkje lesast',
    titleMany: (count) => `${count} lagra scenario kunne ikkje lesast`,
    titleAll: 'Dei lagra dataa kunne ikkje lesast',
    titleVersions: (count) =>
      `${count === 1 ? 'Ein lagra versjon' : `${count} lagra versjonar`} av eit scenario kunne ikkje lesast og er tekne ut; scenarioa er henta inn`,
    dropped: 'Desse scenarioa kunne ikkje gjenopprettast og er tekne ut av lista:',
    droppedItem: (position, name) =>
      name === null ? `Scenario nr. ${position} (namnet kunne ikkje lesast)` : `«${name}» (scenario nr. ${position})`,
    keptText: 'Ingenting er sletta: den lagra teksten er teken vare på i nettlesaren under nøkkelen',
    freshStart: 'Vi har starta med eit nytt, tomt scenario.',
    download: 'Last ned dei skadde dataa',
    fileName: 'bosettingsplan-skadde-data.json',
    details: 'Tekniske detaljar',
    dismiss: 'Lukk meldinga',
    notKeptTitle: 'Endringane blir ikkje lagra i nettlesaren',
    notKeptText:
      'Nettlesaren tek ikkje imot fleire data (lagringa er full eller slått av). Det du gjer no, blir borte når sida blir lukka. Eksporter scenarioa til fil under «Scenario» for å ta vare på dei.',
    notKeptAside:
      'Nettlesaren har ikkje plass til ein kopi av dei lagra dataa, så dei står urørte der dei er lagra. For at ingenting skal gå tapt, blir endringane dine ikkje lagra før det er plass. Last ned dei skadde dataa, og eksporter scenarioa til fil under «Scenario».',
    heldTitle: 'Endringane blir ikkje lagra i nettlesaren',
    heldText:
      'Lagringa står stille for ikkje å skrive over dei skadde dataa: nettlesaren har ikkje plass til ein kopi av dei. Det du gjer no, blir borte når sida blir lukka. Last ned dei skadde dataa og eksporter scenarioa til fil under «Scenario». Når det blir ledig plass, blir alt lagra igjen som vanleg.',
  },
  reference: {
    title: 'Satsar og kommunedata kunne ikkje lastast frå tenaren',
    reason: {
      'request-failed': 'Førespurnaden til tenaren gjekk ikkje gjennom.',
      invalid: 'Filene frå tenaren var skadde.',
      timeout: 'Tenaren svarte ikkje innan 8 sekund.',
    },
    fallback: (edition) =>
      `Appen brukar difor den innebygde kopien av referansedataa (versjon ${edition}). Tala kan vere eldre enn dei som er publiserte no.`,
    retry: 'Prøv igjen',
    retrying: 'Prøver igjen …',
    details: 'Tekniske detaljar',
    footer: (rates, municipalities) =>
      `Innebygd kopi av referansedataa, versjon ${rates} (kommunar ${municipalities}).`,
  },
  boundary: {
    title: 'Dette skjermbiletet kunne ikkje visast',
    help: 'Dataa dine er i behald. Prøv «Angre» øvst på sida, eller gå til eit anna skjermbilete.',
  },
  switcher: {
    label: 'Scenario',
    baselineSuffix: ' (basis)',
    all: 'Alle scenario',
  },
} satisfies Translation<Messages['workspace']>;
