import JSZip from 'jszip';
import { councilDraftDocx } from '../../src/report/council-draft-docx';
import { draftPlainText, paragraphsOf, withEdits } from '../../src/report/council-draft-text';
import { draftOf, plain, PLAN } from './council-draft-fixture';

/** The text of each cell of each table in the document, row by row. */
async function tablesOf(bytes: Uint8Array): Promise<string[][][]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const texts = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((tbl) =>
    [...(tbl[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
      [...(tr[1] ?? tr[2] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => texts(tc[1] ?? '')),
    ),
  );
}

describe('the council draft as a Word document and as text', () => {
  const edited = withEdits(draftOf(PLAN), { subject: 'IMDi ber oss om 30.\n\n  Kommunestyret svarer.  \n\n\n' });

  it('given an edit with blank lines, then it becomes its paragraphs, trimmed, and the other sections stay as drafted', () => {
    expect(edited.sections[0]?.paragraphs).toEqual(['IMDi ber oss om 30.', 'Kommunestyret svarer.']);
    expect(plain(edited.sections[1]?.paragraphs[0] ?? '')).toBe('1. Kongsberg kommune bosetter 26 flyktninger i 2026, med inntil 10 % flere (høyst 28 personer).');
    expect(paragraphsOf('')).toEqual([]);
  });

  it('given the draft, then the .docx holds the persons and the economy plan as Word tables with the draft\'s numbers', async () => {
    const tables = await tablesOf(await councilDraftDocx(edited, 'nb-NO'));
    expect(tables).toHaveLength(2);
    expect(tables[0]?.[1]).toEqual(['2026', '10', '6', '8', '2', '26', '30', '26 (inntil 10\u00a0% flere: 28)']);
    expect(tables[1]?.[3]?.[0]).toBe('Netto (tilskudd minus kostnader)');
    expect(tables[1]?.[3]?.[5]?.replace(/\u00a0/g, ' ')).toBe('≈ 36,1 mill. kr');
  });

  it('given the draft, then the .docx carries the edited text and every heading', async () => {
    const zip = await JSZip.loadAsync(await councilDraftDocx(edited, 'nb-NO'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of ['Versjon: Gjeldende utgave, ikke lagret som versjon', 'IMDi ber oss om 30.', 'Kommunestyret svarer.', 'Saken gjelder', 'Forutsetninger og kilder']) expect(xml).toContain(text);
    expect(xml).not.toContain('IMDi har anmodet');
  });

  it('given the draft, then the plain text has the title, the headings and each table as tab-separated lines', () => {
    const text = draftPlainText(edited).replace(/\u00a0/g, ' ');
    expect(text.startsWith('Kongsberg kommune: bosetting av flyktninger 2026–2029 – svar på anmodning fra IMDi\nVersjon: Gjeldende utgave, ikke lagret som versjon\n\n\nSaken gjelder\n\nIMDi ber oss om 30.')).toBe(true);
    expect(text).toContain('Personer per år etter type\nÅr\tEnslige voksne\tVoksne i familier\tBarn\tEnslige mindreårige\tI alt\tIMDis anmodning\tKommunestyrets vedtak\n2026\t10\t6\t8\t2\t26\t30\t26 (inntil 10 % flere: 28)');
  });
});
