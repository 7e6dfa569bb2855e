import type { CouncilDraft, DraftTable } from './council-draft';

/** The media type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The draft as a Word document (.docx): the title as its heading, each section's heading and
 * paragraphs, and its tables as real Word tables (header row repeated on a new page, totals in
 * bold, amounts right-aligned). The `docx` library is fetched only here, when a document is asked
 * for, so that no screen carries it before.
 */
export async function councilDraftDocx(draft: CouncilDraft, language: string): Promise<Uint8Array> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const cell = (text: string, options: { bold: boolean; first: boolean }) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: options.first ? AlignmentType.LEFT : AlignmentType.RIGHT,
          children: [new TextRun({ text, bold: options.bold })],
        }),
      ],
    });
  const table = (t: DraftTable) => [
    new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })], spacing: { before: 200, after: 80 } }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.head.map((text, i) => cell(text, { bold: true, first: i === 0 })) }),
        ...t.rows.map((r) => new TableRow({ children: r.cells.map((text, i) => cell(text, { bold: r.total, first: i === 0 })) })),
      ],
    }),
  ];
  const document = new Document({
    title: draft.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: language } } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: draft.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: draft.version, spacing: { after: 240 } }),
          ...draft.sections.flatMap((s) => [
            new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }),
            ...s.paragraphs.map((p) => new Paragraph({ text: p, spacing: { after: 120 } })),
            ...s.tables.flatMap(table),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
