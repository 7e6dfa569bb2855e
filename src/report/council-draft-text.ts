import type { CouncilDraft, DraftSection, DraftSectionKey, DraftTable } from './council-draft';

/** The planner's text of each section edited so far; a section not here reads as drafted. */
export type DraftEdits = Partial<Record<DraftSectionKey, string>>;

/** A section's paragraphs as one text to edit, a blank line between paragraphs. */
export const sectionText = (section: Pick<DraftSection, 'paragraphs'>): string => section.paragraphs.join('\n\n');

/** An edited text back into paragraphs: split at blank lines, each trimmed, empty ones dropped. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** The draft with the planner's edits in place of the drafted text; the tables stay the plan's. */
export function withEdits(draft: CouncilDraft, edits: DraftEdits): CouncilDraft {
  return {
    ...draft,
    sections: draft.sections.map((s) => {
      const edited = edits[s.key];
      return edited === undefined ? s : { ...s, paragraphs: paragraphsOf(edited) };
    }),
  };
}

/** A table as lines of tab-separated cells, its caption first: it pastes into Word or a spreadsheet as a table. */
const tableText = (table: DraftTable): string => [table.caption, table.head.join('\t'), ...table.rows.map((r) => r.cells.join('\t'))].join('\n');

/** The whole draft as plain text, for the clipboard: title, then each heading with its text and tables. */
export function draftPlainText(draft: CouncilDraft): string {
  const sections = draft.sections.map((s) => [s.heading, ...s.paragraphs, ...s.tables.map(tableText)].join('\n\n'));
  return [`${draft.title}\n${draft.version}`, ...sections].join('\n\n\n');
}
