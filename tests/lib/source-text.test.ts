import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { mergeMessages } from '../../src/i18n/translation';
import { describeFigureSource, describeSource } from '../../src/lib/source-text';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';

const bokmål = nb.rates;
const nynorsk = mergeMessages(nb, nn).rates;
const english = mergeMessages(nb, en).rates;

/** Source text as the reference data writes it → bokmål → English. */
const TEMPLATES: readonly (readonly [string, string, string])[] = [
  // src/reference/fill.ts
  ['estimated: 2024 rate indexed by G', 'anslått: 2024-satsen justert med G', 'estimated: 2024 rate indexed by G'],
  [
    'estimated: G 2025 raised by the assumed yearly growth 3.86 %',
    'anslått: G for 2025 økt med antatt årlig vekst på 3,86\u00a0%',
    'estimated: G 2025 raised by the assumed yearly growth of 3.86%',
  ],
  [
    'estimated: G 2016 lowered by the assumed yearly growth 3.86 %',
    'anslått: G for 2016 redusert med antatt årlig vekst på 3,86\u00a0%',
    'estimated: G 2016 lowered by the assumed yearly growth of 3.86%',
  ],
  [
    'estimated: interpolated between 2016 (verified) and 2019 (secondary)',
    'anslått: jevn utvikling mellom 2016 (bekreftet) og 2019 (sekundærkilde)',
    'estimated: interpolated between 2016 (verified) and 2019 (secondary source)',
  ],
  [
    'estimated: as adult in family (equal in the 2017 table)',
    'anslått: som for voksen i familie (satsene var like i 2017-tabellen)',
    'estimated: as for an adult in a family (the rates were equal in the 2017 table)',
  ],
  [
    'average yearly growth of G 2016–2025 (FACTS.md §4)',
    'gjennomsnittlig årlig vekst i G 2016–2025 (FACTS.md §4)',
    'average yearly growth of G 2016–2025 (FACTS.md §4)',
  ],
  // src/engine/rates.ts, years beyond the reference tables
  [
    'estimated: 2044 rate indexed to 2046',
    'anslått: 2044-satsen framskrevet til 2046 med antatt årlig vekst',
    'estimated: 2044 rate projected to 2046 by the assumed yearly growth',
  ],
  [
    'estimated: G 2044 indexed to 2046',
    'anslått: G for 2044 framskrevet til 2046 med antatt årlig vekst',
    'estimated: G 2044 projected to 2046 by the assumed yearly growth',
  ],
  // src/reference/anchors.ts
  [
    'no grant known for this year: enter it if the policy year has one',
    'ingen kjent sats for året: legg den inn hvis tilskuddet gis dette året',
    'no grant known for this year: enter it if the policy year has one',
  ],
  [
    '2017 rate not found; carried from 2016, abolished from 2018',
    '2017-satsen er ikke funnet; videreført fra 2016, avviklet fra 2018',
    '2017 rate not found; carried over from 2016, abolished from 2018',
  ],
  [
    'no grant between the 2018 abolition and 2023',
    'ikke noe tilskudd fra avviklingen i 2018 til 2023',
    'no grant from the 2018 abolition until 2023',
  ],
  ['abolished, IMDi Statsbudsjettet 2018', 'avviklet, IMDi Statsbudsjettet 2018', 'abolished, IMDi Statsbudsjettet 2018'],
  ['one-off only in 2016 (imdi.no 2016)', 'engangstilskudd bare i 2016 (imdi.no 2016)', 'one-off only in 2016 (imdi.no 2016)'],
  ['compensation only in 2022', 'kompensasjon bare i 2022', 'compensation only in 2022'],
  [
    'same as 2022: the integration grant was not price-adjusted in 2023 (KS, statsbudsjettet 2023)',
    'samme som 2022: integreringstilskuddet ble ikke prisjustert i 2023 (KS, statsbudsjettet 2023)',
    'same as 2022: the integration grant was not price-adjusted in 2023 (KS, statsbudsjettet 2023)',
  ],
  ['Grunnbeløpet G from 1 May 2025 (FACTS.md §4)', 'grunnbeløpet G fra 1. mai 2025 (FACTS.md §4)', 'the base amount G from 1 May 2025 (FACTS.md §4)'],
  [
    'Grunnbeløpet G from 1 May 2024 (FACTS.md §4, secondary source)',
    'grunnbeløpet G fra 1. mai 2024 (FACTS.md §4, sekundærkilde)',
    'the base amount G from 1 May 2024 (FACTS.md §4, secondary source)',
  ],
  [
    'Secondary: a public app for journalists citing IMDi, 2024 (one version of the source swaps adult and child)',
    'sekundærkilde: en offentlig app for journalister som viser til IMDi, 2024 (én versjon av kilden bytter om voksen og barn)',
    'secondary source: a public app for journalists citing IMDi, 2024 (one version of the source swaps adult and child)',
  ],
  ['Secondary source citing IMDi, 2024', 'sekundærkilde som viser til IMDi, 2024', 'secondary source citing IMDi, 2024'],
  [
    'KS, statsbudsjettet 2023 (band edge derived: the source line is cut)',
    'KS, statsbudsjettet 2023 (aldersgrensen er avledet: linjen i kilden er kuttet)',
    'KS, statsbudsjettet 2023 (band edge derived: the source line is cut)',
  ],
  [
    'KS, statsbudsjettet 2019 (total per person over three years, low rate)',
    'KS, statsbudsjettet 2019 (sum per person over tre år, lav sats)',
    'KS, statsbudsjettet 2019 (total per person over three years, low rate)',
  ],
  [
    'KS, statsbudsjettet 2019 (total per person over three years, high rate)',
    'KS, statsbudsjettet 2019 (sum per person over tre år, høy sats)',
    'KS, statsbudsjettet 2019 (total per person over three years, high rate)',
  ],
  [
    'imdi.no, 2016 (one band in 2016: the same rate for both bands)',
    'imdi.no, 2016 (én aldersgruppe i 2016: samme sats for begge aldersgruppene)',
    'imdi.no, 2016 (one band in 2016: the same rate for both bands)',
  ],
  [
    'imdi.no, 2022 (compensation per decided place left unused)',
    'imdi.no, 2022 (kompensasjon per vedtatt plass som ikke ble brukt)',
    'imdi.no, 2022 (compensation per decided place left unused)',
  ],
  [
    'regjeringen.no, rules for the high-needs grant, 2017',
    'regjeringen.no, regelverket for ekstratilskudd for høye behov, 2017',
    'regjeringen.no, rules for the high-needs grant, 2017',
  ],
  [
    "husbanken.no, Husbanken's rental-housing grant, rates from 16 Jun 2023: 11 700 per m², capped at 80 m²",
    'husbanken.no, Husbankens tilskudd til utleieboliger, satser fra 16. juni 2023: 11 700 kr per m², inntil 80 m²',
    'husbanken.no, Husbanken’s rental-housing grant, rates from 16 June 2023: NOK 11,700 per m², capped at 80 m²',
  ],
  ['imdi.no, 3 Oct 2023', 'imdi.no, 3. oktober 2023', 'imdi.no, 3 October 2023'],
  // Compositions ("; "), each part by its own template, an earlier year's rule after "2022: ".
  [
    'estimated: as adult in family (equal in the 2017 table); estimated: 2024 rate indexed by G',
    'anslått: som for voksen i familie (satsene var like i 2017-tabellen); anslått: 2024-satsen justert med G',
    'estimated: as for an adult in a family (the rates were equal in the 2017 table); estimated: 2024 rate indexed by G',
  ],
  [
    'estimated: as adult in family (equal in the 2017 table); same as 2022: the integration grant was not price-adjusted in 2023 (KS, statsbudsjettet 2023); 2022: estimated: interpolated between 2017 (verified) and 2024 (secondary)',
    'anslått: som for voksen i familie (satsene var like i 2017-tabellen); samme som 2022: integreringstilskuddet ble ikke prisjustert i 2023 (KS, statsbudsjettet 2023); 2022: anslått: jevn utvikling mellom 2017 (bekreftet) og 2024 (sekundærkilde)',
    'estimated: as for an adult in a family (the rates were equal in the 2017 table); same as 2022: the integration grant was not price-adjusted in 2023 (KS, statsbudsjettet 2023); 2022: estimated: interpolated between 2017 (verified) and 2024 (secondary source)',
  ],
  // A composition with a part no template knows: that part as written.
  [
    'estimated: 2024 rate indexed by G; Kommunens notat, 2026',
    'anslått: 2024-satsen justert med G; Kommunens notat, 2026',
    'estimated: 2024 rate indexed by G; Kommunens notat, 2026',
  ],
];

/** Texts no template knows: human citations, a planner's own source, near misses. */
const UNCHANGED: readonly string[] = [
  'IMDi, Tilskudd til kommunene ved bosetting av flyktninger, 2017',
  'KS, statsbudsjettet 2019',
  'imdi.no, 2016',
  'IMDi rundskriv 2027',
  'Kommunens anslag; avklart med økonomisjefen 12. mars',
  'estimated: by the finance office',
  'estimated: interpolated between 2017 (guessed) and 2024 (verified)',
  '2027: IMDi rundskriv',
  '',
];

describe('describeSource', () => {
  it.each(TEMPLATES)('given «%s», then bokmål reads «%s» and English «%s»', (source, inBokmål, inEnglish) => {
    expect(describeSource(source, bokmål)).toBe(inBokmål);
    expect(describeSource(source, english)).toBe(inEnglish);
  });

  it.each(UNCHANGED)('given «%s», which no template knows, then every language shows it as written', (source) => {
    expect(describeSource(source, bokmål)).toBe(source);
    expect(describeSource(source, nynorsk)).toBe(source);
    expect(describeSource(source, english)).toBe(source);
  });

  it('given nynorsk, then the composed year-1 child rule and G reads in nynorsk', () => {
    expect(
      describeSource(
        'estimated: as adult in family (equal in the 2017 table); estimated: interpolated between 2017 (verified) and 2024 (secondary)',
        nynorsk,
      ),
    ).toBe('anslått: som for vaksen i familie (satsane var like i 2017-tabellen); anslått: jamn utvikling mellom 2017 (stadfesta) og 2024 (sekundærkjelde)');
    expect(describeSource('estimated: G 2025 raised by the assumed yearly growth 3.86 %', nynorsk)).toBe(
      'anslått: G for 2025 auka med anteken årleg vekst på 3,86\u00a0%',
    );
    expect(describeSource('no grant known for this year: enter it if the policy year has one', nynorsk)).toBe(
      'ingen kjend sats for året: legg han inn dersom tilskotet blir gitt dette året',
    );
  });

  it('given a planner-entered figure whose source looks like a template, then it is shown as entered', () => {
    const planner = { status: 'user-entered', source: 'estimated: 2024 rate indexed by G' } as const;
    expect(describeFigureSource(planner, bokmål)).toBe('estimated: 2024 rate indexed by G');
    expect(describeFigureSource({ status: 'estimated', source: 'estimated: 2024 rate indexed by G' }, bokmål)).toBe(
      'anslått: 2024-satsen justert med G',
    );
  });

  it('given every source text of the bundled reference data, then each is translated or is a Norwegian citation', async () => {
    const loaded = await readReferenceBundleFromDisk('public/data');
    if (!loaded.ok) throw new Error('reference data does not load');
    const sources = new Set<string>();
    const collect = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.source === 'string') sources.add(record.source);
      Object.values(record).forEach(collect);
    };
    collect(loaded.data.reference);
    const untranslated = [...sources].filter((s) => describeSource(s, bokmål) === s).sort();
    expect(untranslated).toEqual([
      'IMDi, Tilskudd til kommunene ved bosetting av flyktninger, 2017',
      'KS, statsbudsjettet 2019',
      'KS, statsbudsjettet 2023',
      'imdi.no, 2016',
    ]);
    for (const source of sources) expect(describeSource(source, bokmål)).not.toMatch(/\bestimated\b|\brate\b|\bgrant\b/);
  });
});
