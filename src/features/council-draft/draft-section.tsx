import { useId, useRef } from 'react';
import type { DraftSection as Section } from '../../report/council-draft';
import { sectionText } from '../../report/council-draft-text';
import type { Messages } from '../../i18n';
import type { SectionEdit } from '../../store';
import { DraftTable } from './draft-table';

interface Props {
  /** The section as drafted from the plan. */
  readonly section: Section;
  readonly edit: SectionEdit | undefined;
  readonly onEdit: (text: string, base: string) => void;
  readonly onReset: () => void;
  readonly t: Messages['councilDraft']['edit'];
}

/** Rows enough to show the text without scrolling inside the field (the field also grows with its content where the browser can). */
const rowsFor = (text: string) => Math.max(3, text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 90)), 0));

/** One section of the draft: its heading, its text in a field of its own, a way back to the draft, and its tables. */
export function DraftSection({ section, edit, onEdit, onReset, t }: Props) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const drafted = sectionText(section);
  const text = edit?.text ?? drafted;
  const outdated = edit !== undefined && edit.base !== drafted;
  return (
    <section className="draft-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{section.heading}</h3>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t.label(section.heading)}
      </label>
      <textarea
        ref={field}
        id={`${id}-text`}
        className="draft-text"
        value={text}
        rows={rowsFor(text)}
        aria-describedby={edit ? `${id}-status` : undefined}
        onChange={(e) => onEdit(e.target.value, edit?.base ?? drafted)}
      />
      {/* The text for paper (council-draft.css): a field cannot break across pages, so a long one would be cut at the page's end. */}
      <div className="draft-print-text" hidden>
        {text}
      </div>
      <div className="draft-section-bar">
        {edit && (
          <p id={`${id}-status`} className={outdated ? 'draft-status outdated' : 'draft-status'}>
            {outdated ? t.outdated : t.edited}
          </p>
        )}
        {/* The button is disabled once reset: the focus goes back to the text, not to the page. */}
        <button
          type="button"
          className="button-secondary"
          disabled={edit === undefined}
          onClick={() => {
            onReset();
            field.current?.focus();
          }}
        >
          {t.reset}
          <span className="visually-hidden"> ({section.heading})</span>
        </button>
      </div>
      {section.tables.map((table) => (
        <DraftTable key={table.caption} table={table} />
      ))}
    </section>
  );
}
