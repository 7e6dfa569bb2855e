import { projectRange, projectScenario } from '../../src/engine';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { councilDraft, type CouncilDraft, type DraftSectionKey } from '../../src/report/council-draft';
import { toPredictabilityValue } from '../../src/report/predictability';
import { resultWith } from '../features/predictability/result-fixture';
import { draftOf, plain, PLAN } from './council-draft-fixture';

const section = (draft: CouncilDraft, key: DraftSectionKey) => {
  const found = draft.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return { ...found, paragraphs: found.paragraphs.map(plain), tables: found.tables.map((t) => ({ ...t, rows: t.rows.map((r) => r.cells.map(plain)) })) };
};

describe('the council draft (saksframlegg)', () => {
  const draft = draftOf(PLAN);

  it('given the plan, then the sections come in the order of a saksframlegg under its title', () => {
    expect(draft.title).toBe('Kongsberg kommune: bosetting av flyktninger 2026–2029 – svar på anmodning fra IMDi');
    expect(draft.version).toBe('Versjon: Gjeldende utgave, ikke lagret som versjon');
    expect(draft.sections.map((s) => s.heading)).toEqual(['Saken gjelder', 'Forslag til vedtak', 'Bakgrunn', 'Vurdering', 'Økonomi', 'Risiko', 'Forutsetninger og kilder']);
  });

  it('given the plan saved as a version «Til formannskapet», then the draft names it, and after an edit says it was changed after it', () => {
    const saved = { id: 'v1', savedAt: new Date(2026, 10, 20, 14, 5).toISOString(), note: 'Til formannskapet', kind: 'manual' as const, scenario: PLAN };
    expect(plain(draftOf(PLAN, 'nb', null, 'Kongsberg kommune', [saved]).version)).toBe('Versjon: Til formannskapet, lagret 20. november 2026 kl. 14.05');
    const edited = { ...PLAN, years: PLAN.years.map((y, i) => (i === 1 ? { ...y, children: 9 } : y)) };
    expect(plain(draftOf(edited, 'nb', null, 'Kongsberg kommune', [saved]).version)).toBe('Versjon: Gjeldende utgave, endret etter versjon «Til formannskapet», lagret 20. november 2026 kl. 14.05');
  });

  it('given a request of 30 and a decision of 26 with up to 10 % more, then the paper names the request and proposes 26, at most 28', () => {
    expect(section(draft, 'subject').paragraphs[0]).toBe('IMDi har anmodet Kongsberg kommune om å bosette 30 flyktninger i 2026.');
    expect(section(draft, 'proposal').paragraphs).toEqual([
      '1. Kongsberg kommune bosetter 26 flyktninger i 2026, med inntil 10 % flere (høyst 28 personer).',
      '2. Familiegjenforente kommer i tillegg til tallene over.',
    ]);
  });

  it('given 10 + 6 + 8 + 2 persons a year, then the background table gives each type, 26 a year and 104 in all', () => {
    const [table] = section(draft, 'background').tables;
    expect(table?.head).toEqual(['År', 'Enslige voksne', 'Voksne i familier', 'Barn', 'Enslige mindreårige', 'I alt', 'IMDis anmodning', 'Kommunestyrets vedtak']);
    expect(table?.rows).toEqual([
      ['2026', '10', '6', '8', '2', '26', '30', '26 (inntil 10 % flere: 28)'],
      ['2027', '10', '6', '8', '2', '26', '–', '–'],
      ['2028', '10', '6', '8', '2', '26', '–', '–'],
      ['2029', '10', '6', '8', '2', '26', '–', '–'],
      ['I alt', '40', '24', '32', '8', '104', '', ''],
    ]);
  });

  it('given 8 dwellings at start, then the assessment says from when they fall short, the largest number they allow and what 26 a year needs', () => {
    expect(section(draft, 'assessment').paragraphs.slice(0, 4)).toEqual([
      'Boligene i planen strekker ikke til fra aug. 2026: da står husstander uten bolig.',
      'Ingen deltakere venter på plass i introduksjonsprogrammet.',
      'Kapasiteten gir rom for 4 i året; anmodningen er 30: ved flere enn 4 i året blir boligene for få fra mai 2029. Med slingringsmonn på 10 % er det tatt høyde for inntil 4 i året.',
      'For å bosette 26 i året med inntil 10 % flere i 2026–2029 uten en eneste måned med for få trenger kommunen 43 boliger fra juli 2026 til mai 2029 i tillegg til planen.',
    ]);
  });

  it('given no dwellings and no places entered, then the assessment says the plan cannot tell what capacity allows, not what to enter', () => {
    const none = draftOf({ ...PLAN, housing: { ...PLAN.housing, dwellingsAtStart: 0 } });
    expect(section(none, 'assessment').paragraphs[2]).toBe('Planen har ingen boliger eller introduksjonsplasser lagt inn, så den sier ikke hvor mange kapasiteten gir rom for.');
    expect(section(none, 'background').paragraphs[0]).toBe(
      'Tabellen under viser hvor mange planen for 2026–2029 bosetter per år, etter type. Tallene for anmodning og vedtak er de som er lagt inn i planen.',
    );
  });

  it('given no predictability run, then the assessment says the analysis has not been run; given one, then it carries its sentence', () => {
    expect(section(draft, 'assessment').paragraphs[4]).toBe('Analysen av forutsigbarhet (flerårig avtale mot årlige anmodninger) er ikke kjørt for denne planen.');
    const result = resultWith(4, { totals: { dwellingMonthsShort: { mean: 80 } } }, {}, { plannedPerYear: [26, 26, 26, 26], difference: { dwellingMonthsShort: { mean: 80, p10: 20, p90: 150 } } });
    const run = draftOf(PLAN, 'nb', toPredictabilityValue(result, 2026, PLAN.costs));
    expect(section(run, 'assessment').paragraphs[4]).toMatch(/^Med en avtale om 26 i året i 2026–2029 og kapasiteten i planen: 80 færre husstandsmåneder i midlertidig bolig/);
  });

  it('given the 2017 rates, then the economy plan reads the budget totals in mill. kr with one decimal, ≈ where G is estimated', () => {
    const [table] = section(draft, 'economy').tables;
    expect(table?.head).toEqual(['Linje', '2026', '2027', '2028', '2029', 'Sum']);
    expect(table?.rows).toEqual([
      ['Sum tilskudd', '7,0 mill. kr', '15,2 mill. kr', '21,4 mill. kr', '25,0 mill. kr', '68,6 mill. kr'],
      ['Sum kostnader', '≈ 3,0 mill. kr', '≈ 7,6 mill. kr', '≈ 10,4 mill. kr', '≈ 11,4 mill. kr', '≈ 32,4 mill. kr'],
      ['Netto (tilskudd minus kostnader)', '≈ 3,9 mill. kr', '≈ 7,6 mill. kr', '≈ 11,0 mill. kr', '≈ 13,6 mill. kr', '≈ 36,1 mill. kr'],
    ]);
  });

  it('given the plan, then the risks name the estimated years, the first month short of dwellings and the defaults still in use', () => {
    expect(section(draft, 'risk').paragraphs.slice(0, 3)).toEqual([
      'Satsene for 2026–2029 er ikke publisert og er anslått; tilskuddene kan bli lavere eller høyere.',
      'Uten flere boliger må kommunen bruke midlertidig bolig fra aug. 2026.',
      '17 forutsetninger er fortsatt standardverdier og ikke kommunens egne tall.',
    ]);
  });

  it('given no request and no decision, then the paper says the request is not entered and proposes the persons the plan settles', () => {
    const open = { ...PLAN, years: PLAN.years.map((y) => ({ ...y, request: null, decision: null, decisionMarginPercent: 0 })) };
    const d = draftOf(open, 'nb', null, null);
    expect(section(d, 'subject').paragraphs[0]).toBe('IMDis anmodning for 2026 er ikke lagt inn i planen ennå.');
    expect(section(d, 'proposal').paragraphs[0]).toBe('1. Kommunen bosetter 26 flyktninger i 2026.');
  });

  it('given nynorsk, then the same paper reads in nynorsk', () => {
    const d = draftOf(PLAN, 'nn');
    expect(d.sections.map((s) => s.heading)).toEqual(['Saka gjeld', 'Framlegg til vedtak', 'Bakgrunn', 'Vurdering', 'Økonomi', 'Risiko', 'Føresetnader og kjelder']);
    expect(section(d, 'proposal').paragraphs[0]).toBe('1. Kongsberg kommune busett 26 flyktningar i 2026, med inntil 10 % fleire (høgst 28 personar).');
  });
});

describe('the council draft with the published reference data', async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  if (!loaded.ok) throw new Error('reference data does not load');
  const reference = loaded.data.reference;
  const projection = projectScenario(PLAN, reference);
  const draft = councilDraft({
    scenario: PLAN,
    municipality: 'Kongsberg kommune',
    projection,
    range: projectRange(PLAN, reference),
    reference,
    predictability: null,
    messages: nb,
    format: formatter('nb'),
  });

  it('given estimated rates, then the economy plan gives the net at their low and high ends beside the range sentence, once for a four-year plan', () => {
    const economy = section(draft, 'economy');
    expect(economy.tables[0]?.rows.slice(2)).toEqual([
      ['Netto (tilskudd minus kostnader)', '≈ 4,1 mill. kr', '≈ 7,8 mill. kr', '≈ 11,2 mill. kr', '≈ 13,7 mill. kr', '≈ 36,9 mill. kr'],
      ['Netto om de anslåtte satsene blir lave', '4,1 mill. kr', '7,5 mill. kr', '10,6 mill. kr', '12,9 mill. kr', '35,1 mill. kr'],
      ['Netto om de anslåtte satsene blir høye', '5,0 mill. kr', '11,8 mill. kr', '18,4 mill. kr', '23,5 mill. kr', '58,7 mill. kr'],
    ]);
    expect(economy.paragraphs.slice(2)).toEqual([
      'Økonomiplan 2026–2029: tilskudd 71,2 mill. kr; 69,4–93,0 mill. kr om de anslåtte satsene blir lave eller høye. Netto 36,9 mill. kr; fra 35,1 mill. kr til 58,7 mill. kr.',
    ]);
    expect(projection.budget.economyPlan.net).toBe(36_877_992);
  });

  it('given estimated rates, then the sources list each group of them with the rule in words', () => {
    expect(section(draft, 'assumptions').paragraphs.slice(0, 2)).toEqual([
      'Beregningene er gjort med Bosettingsplan, satser i dataversjon 2026-12.',
      'Anslått for 2026–2029: Integreringstilskudd år 1, enslig voksen (AR-1 EV); Integreringstilskudd år 1, voksen i familie (AR-1); Integreringstilskudd år 1, enslig mindreårig; Eldretilskudd, engangs (ELDR); Barnehagetilskudd, engangs (BHT); Høye behov nivå 1, engangs (FHT1); Høye behov nivå 2, tak per år (FHT2); Persontilskudd, kollektiv beskyttelse (ett år). Anslaget: 2024-satsen (sekundærkilde) + 0,7 % som enslig voksen år 1.',
    ]);
  });
});
