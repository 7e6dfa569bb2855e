/** Strings of the forecast's charts (budget, persons, housing, programme), bokmål. */
export const forecastCharts = {
  estimatedYear: (year: number) => `${year} (anslått sats)`,
  estimatedLegend: 'Skravert: bygger på anslått sats',
  estimatedNote:
    'Skraverte søyler bygger på satser som ikke er publisert ennå: de er framskrevet og merket «anslått sats» i tabellen.',
  month: 'Måned',
  budget: {
    tableCaption: 'Tilskudd, kostnader og netto per år, i kroner',
    empty: 'Ingen tilskudd eller kostnader ennå: legg inn personer som skal bosettes',
    surplus: (cumulative: string, year: number) => `Tilskuddene er større enn kostnadene hvert år: ${cumulative} netto til sammen i ${year}`,
    deficit: (first: number, shortfall: string, cumulative: string, year: number) =>
      `Kostnadene blir større enn tilskuddene første gang i ${first}, med ${shortfall}; netto til sammen i ${year} er ${cumulative}`,
    minorDeficit: (first: number, shortfall: string, cumulative: string, year: number) =>
      `Tilskuddene dekker kostnadene nesten hvert år (i ${first} mangler ${shortfall}); netto til sammen i ${year} er ${cumulative}`,
    materialityNote: (share: string, minimum: string) =>
      `Et år nevnes som underskudd i overskriften når kostnadene er større enn tilskuddene med mer enn ${share} av årets tilskudd og minst ${minimum}.`,
    income: 'Tilskudd',
    cost: 'Kostnader',
    net: 'Netto',
    cumulative: 'Netto akkumulert',
    source:
      'Kilde: egne beregninger på IMDis satser og kommunens egne kostnadstall. Kostnader som ikke er lagt inn, regnes som null.',
    csvName: 'tilskudd-kostnader-netto.csv',
    axisUnit: 'mill. kr',
  },
  residence: {
    tableCaption: 'Personer i kommunen etter botid, per år',
    empty: 'Ingen bosatte ennå: legg inn personer som skal bosettes',
    peak: (year: number, persons: string) => `Flest personer i tilskuddsårene (botid 1–5 år) i ${year}: ${persons}`,
    rising: (year: number, persons: string) => `Personene i tilskuddsårene (botid 1–5 år) blir stadig flere: ${persons} i planens siste år, ${year}`,
    level: (year: number, persons: string) => `Flest personer i tilskuddsårene (botid 1–5 år) fra ${year} og ut planen: ${persons}`,
    grantYears: 'Botid 1–5 år i alt',
    years: ['Botid 1 år', 'Botid 2 år', 'Botid 3 år', 'Botid 4 år', 'Botid 5 år', 'Botid 6 år eller mer'] as const,
    source:
      'Kilde: egne beregninger. Botid 1 er bosettingsåret. Integreringstilskuddet gis i botid 1–5. Familiegjenforening og fordelingen på persontyper er standardantakelser som kan endres under «Forutsetninger».',
    csvName: 'personer-etter-botid.csv',
    axisUnit: 'personer',
  },
  housing: {
    tableCaption: 'Boliger som trengs og boliger som finnes, per måned',
    nobody: 'Ingen trenger bolig ennå: legg inn personer som skal bosettes',
    enough: 'Nok boliger i hele perioden',
    enoughIdle: (idle: string) => `Nok boliger i hele perioden; opptil ${idle} står ledige`,
    short: (month: string, worst: string) => `Boligene strekker ikke til fra ${month}, ${worst} husstander på det verste`,
    need: 'Boliger som trengs',
    capacity: 'Boliger som finnes',
    shortLabel: 'Husstander uten bolig',
    idle: 'Ledige boliger',
    source:
      'Kilde: egne beregninger. Husstander: enslige voksne bor alene og familier er på 4 personer; en andel flytter ut på det ordinære markedet hvert år (standardantakelser som kan endres under «Forutsetninger»). Boliger: beholdning, nye boliger med leveringstid og boliger som leveres tilbake, slik de er lagt inn.',
    csvName: 'boliger-per-maaned.csv',
    axisUnit: 'boliger',
  },
  programme: {
    tableCaption: 'Deltakere i introduksjonsprogrammet og plasser, per måned',
    nobody: 'Ingen deltakere i introduksjonsprogrammet ennå',
    enough: 'Nok introduksjonsplasser i hele perioden',
    unlimited: (peak: string, month: string) => `Ingen plasstall er lagt inn: opptil ${peak} deltakere, flest i ${month}`,
    short: (month: string, worst: string) => `Plassene strekker ikke til fra ${month}, ${worst} venter på det meste`,
    need: 'Deltakere og ventende',
    capacity: 'Plasser',
    shortLabel: 'Venter på plass',
    idle: 'Ledige plasser',
    noLimit: 'ingen grense',
    source:
      'Kilde: egne beregninger. 85 % av voksne 18–55 år deltar, fra 2 måneder etter bosetting, i 6–48 måneder (standardantakelser som kan endres under «Forutsetninger»). Plasser per år slik de er lagt inn; tomt felt betyr ingen grense.',
    csvName: 'introduksjonsprogram-per-maaned.csv',
    axisUnit: 'personer',
  },
};
