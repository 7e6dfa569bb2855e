import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-forecast-charts.ts in nynorsk. */
export const forecastCharts = {
  estimatedYear: (year) => `${year} (anslått sats)`,
  estimatedLegend: 'Skravert: byggjer på anslått sats',
  estimatedNote:
    'Skraverte søyler byggjer på satsar som ikkje er publiserte enno: dei er framskrivne og merkte «anslått sats» i tabellen.',
  month: 'Månad',
  budget: {
    tableCaption: 'Tilskot, kostnader og netto per år, i kroner',
    empty: 'Ingen tilskot eller kostnader enno: legg inn personar som skal busetjast',
    surplus: (cumulative, year) => `Tilskota er større enn kostnadene kvart år: ${cumulative} netto til saman i ${year}`,
    deficit: (first, shortfall, cumulative, year) =>
      `Kostnadene blir større enn tilskota første gong i ${first}, med ${shortfall}; netto til saman i ${year} er ${cumulative}`,
    minorDeficit: (first, shortfall, cumulative, year) =>
      `Tilskota dekkjer kostnadene nesten kvart år (i ${first} manglar ${shortfall}); netto til saman i ${year} er ${cumulative}`,
    materialityNote: (share, minimum) =>
      `Eit år vert nemnt som underskot i overskrifta når kostnadene er større enn tilskota med meir enn ${share} av tilskota det året og minst ${minimum}.`,
    income: 'Tilskot',
    cost: 'Kostnader',
    net: 'Netto',
    cumulative: 'Netto akkumulert',
    source:
      'Kjelde: eigne berekningar på satsane til IMDi og kommunen sine eigne kostnadstal. Kostnader som ikkje er lagde inn, blir rekna som null.',
    csvName: 'tilskot-kostnader-netto.csv',
    axisUnit: 'mill. kr',
  },
  residence: {
    tableCaption: 'Personar i kommunen etter butid, per år',
    empty: 'Ingen busette enno: legg inn personar som skal busetjast',
    peak: (year, persons) => `Flest personar i tilskotsåra (butid 1–5 år) i ${year}: ${persons}`,
    rising: (year, persons) => `Personane i tilskotsåra (butid 1–5 år) blir stadig fleire: ${persons} i det siste året i planen, ${year}`,
    level: (year, persons) => `Flest personar i tilskotsåra (butid 1–5 år) frå ${year} og ut planen: ${persons}`,
    grantYears: 'Butid 1–5 år i alt',
    years: ['Butid 1 år', 'Butid 2 år', 'Butid 3 år', 'Butid 4 år', 'Butid 5 år', 'Butid 6 år eller meir'],
    source:
      'Kjelde: eigne berekningar. Butid 1 er busetjingsåret. Integreringstilskotet blir gitt i butid 1–5. Familiegjenforeining og fordelinga på persontypar er standardantakingar som kan endrast under «Føresetnader».',
    csvName: 'personar-etter-butid.csv',
    axisUnit: 'personar',
  },
  housing: {
    tableCaption: 'Bustader som trengst, og bustader som finst, per månad',
    nobody: 'Ingen treng bustad enno: legg inn personar som skal busetjast',
    enough: 'Nok bustader i heile perioden',
    enoughIdle: (idle) => `Nok bustader i heile perioden; opptil ${idle} står ledige`,
    short: (month, worst) => `Bustadene strekk ikkje til frå ${month}, ${worst} hushald på det verste`,
    need: 'Bustader som trengst',
    capacity: 'Bustader som finst',
    shortLabel: 'Hushald utan bustad',
    idle: 'Ledige bustader',
    source:
      'Kjelde: eigne berekningar. Hushald: einslege vaksne bur åleine, og familiar er på 4 personar; ein del flyttar ut på den ordinære marknaden kvart år (standardantakingar som kan endrast under «Føresetnader»). Bustader: behaldning, nye bustader med leveringstid og bustader som blir leverte tilbake, slik dei er lagde inn.',
    csvName: 'bustader-per-maanad.csv',
    axisUnit: 'bustader',
  },
  programme: {
    tableCaption: 'Deltakarar i introduksjonsprogrammet og plassar, per månad',
    nobody: 'Ingen deltakarar i introduksjonsprogrammet enno',
    enough: 'Nok introduksjonsplassar i heile perioden',
    unlimited: (peak, month) => `Ingen plasstal er lagde inn: opptil ${peak} deltakarar, flest i ${month}`,
    short: (month, worst) => `Plassane strekk ikkje til frå ${month}, ${worst} ventar på det meste`,
    need: 'Deltakarar og ventande',
    capacity: 'Plassar',
    shortLabel: 'Ventar på plass',
    idle: 'Ledige plassar',
    noLimit: 'inga grense',
    source:
      'Kjelde: eigne berekningar. 85 % av vaksne 18–55 år deltek, frå 2 månader etter busetjing, i 6–48 månader (standardantakingar som kan endrast under «Føresetnader»). Plassar per år slik dei er lagde inn; tomt felt tyder inga grense.',
    csvName: 'introduksjonsprogram-per-maanad.csv',
    axisUnit: 'personar',
  },
} satisfies Translation<Messages['forecastCharts']>;
