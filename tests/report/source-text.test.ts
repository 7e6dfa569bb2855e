import type { Source } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { mergeMessages } from '../../src/i18n/translation';
import { describeSource } from '../../src/report/source-text';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';

const bokmål = nb.rates;
const nynorsk = mergeMessages(nb, nn).rates;
const english = mergeMessages(nb, en).rates;

const CIRCULAR = 'Tilskudd til kommunene ved bosetting av flyktninger';

/** A source as data → bokmål → English. */
const CASES: readonly (readonly [string, Source, string, string])[] = [
  ["IMDi's 2017 circular", { kind: 'cited', publisher: 'IMDi', document: CIRCULAR, date: '2017' }, `IMDi: «${CIRCULAR}», 2017`, `IMDi: «${CIRCULAR}», 2017`],
  [
    'the circular quoted by a secondary source',
    { kind: 'cited', publisher: 'IMDi', document: CIRCULAR, date: '2024', notes: [{ note: 'quoted-by-secondary-source' }] },
    `IMDi: «${CIRCULAR}», 2024 (gjengitt i en sekundærkilde)`,
    `IMDi: «${CIRCULAR}», 2024 (quoted in a secondary source)`,
  ],
  [
    "NAV's G of 1 May 2026",
    { kind: 'cited', publisher: 'NAV', document: 'Grunnbeløpet i folketrygden', date: '2026-05-01' },
    'NAV: «Grunnbeløpet i folketrygden», 1. mai 2026',
    'NAV: «Grunnbeløpet i folketrygden», 1 May 2026',
  ],
  [
    'a web page with a date',
    { kind: 'cited', publisher: 'IMDi', document: 'imdi.no', date: '2023-10-03' },
    'IMDi, imdi.no, 3. oktober 2023',
    'IMDi, imdi.no, 3 October 2023',
  ],
  [
    "Husbanken's grant per square metre",
    {
      kind: 'cited',
      publisher: 'Husbanken',
      document: 'Tilskudd til utleieboliger',
      date: '2023-06-16',
      notes: [{ note: 'per-square-metre', kroner: 11_700, squareMetres: 80 }],
    },
    'Husbanken: «Tilskudd til utleieboliger», 16. juni 2023 (11\u00a0700 kr per m², inntil 80 m²)',
    'Husbanken: «Tilskudd til utleieboliger», 16 June 2023 (NOK 11,700 per m², capped at 80 m²)',
  ],
  [
    'an estimate across the 2023 freeze',
    { kind: 'estimate', fromYear: 2017, fromStatus: 'verified', growth: 0.033, frozenYears: [2023] },
    '2017-satsen (bekreftet) + 3,3\u00a0% som enslig voksen år 1; ikke prisjustert 2023',
    'the 2017 rate (verified) + 3.3% as the year-1 single-adult rate; not price-adjusted 2023',
  ],
  [
    'an estimate re-based on an entered rate',
    { kind: 'estimate', fromYear: 2026, fromStatus: 'user-entered', growth: 0.0034 },
    '2026-satsen (lagt inn av deg) + 0,3\u00a0% som enslig voksen år 1',
    'the 2026 rate (entered by you) + 0.3% as the year-1 single-adult rate',
  ],
  [
    'the child rate following the adult-in-family estimate',
    {
      kind: 'rule',
      rule: 'child-as-adult-in-family',
      years: [2017],
      base: { kind: 'estimate', fromYear: 2024, fromStatus: 'secondary', growth: 0.0069 },
    },
    'som voksen i familie (like i 2017): 2024-satsen (sekundærkilde) + 0,7\u00a0% som enslig voksen år 1',
    'as an adult in a family (equal in 2017): the 2024 rate (secondary source) + 0.7% as the year-1 single-adult rate',
  ],
  [
    'G beyond the known years',
    { kind: 'rule', rule: 'g-assumed-growth', years: [2026], growth: 0.0396 },
    'anslått: G for 2026 framskrevet med antatt årlig vekst på 4,0\u00a0%',
    'estimated: G 2026 projected by the assumed yearly growth of 4.0%',
  ],
  ['a planner\u2019s own text', { kind: 'text', text: 'IMDi rundskriv 2027' }, 'IMDi rundskriv 2027', 'IMDi rundskriv 2027'],
];

describe('describeSource', () => {
  it.each(CASES)('given %s, then bokmål and English read it in their own words', (_, source, inBokmål, inEnglish) => {
    expect(describeSource(source, bokmål)).toBe(inBokmål);
    expect(describeSource(source, english)).toBe(inEnglish);
  });

  it('given nynorsk, then an estimate reads in nynorsk', () => {
    expect(describeSource({ kind: 'estimate', fromYear: 2017, fromStatus: 'verified', growth: 0.033 }, nynorsk)).toBe(
      '2017-satsen (stadfesta) + 3,3\u00a0% som einsleg vaksen år 1',
    );
  });

  it('given every source of the bundled reference data, then none names a file of ours or reads in English in bokmål', async () => {
    const loaded = await readReferenceBundleFromDisk('public/data');
    if (!loaded.ok) throw new Error('reference data does not load');
    const sources: Source[] = [];
    const collect = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.source && typeof record.source === 'object' && 'kind' in record.source) sources.push(record.source as Source);
      Object.values(record).forEach(collect);
    };
    collect(loaded.data.reference);
    expect(sources.length).toBeGreaterThan(600);
    for (const source of sources) {
      const text = describeSource(source, bokmål);
      expect(text).not.toMatch(/FACTS|MODEL|\.md\b|\bestimated\b|\brate\b|\bgrant\b/);
      expect(text).not.toBe('');
    }
    expect(sources.some((s) => s.kind === 'text')).toBe(false);
  });
});
