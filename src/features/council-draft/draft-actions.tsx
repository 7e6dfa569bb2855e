import { useState } from 'react';
import type { Messages } from '../../i18n';
import type { CouncilDraft } from '../../report/council-draft';
import { councilDraftDocx, DOCX_TYPE } from '../../report/council-draft-docx';
import { draftPlainText } from '../../report/council-draft-text';
import { downloadBytes } from '../../lib/download';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'downloaded'; file: string } | { kind: 'failed' } | { kind: 'copied' } | { kind: 'copyFailed' };

interface Props {
  /** The draft with the planner's edits in place. */
  readonly draft: CouncilDraft;
  /** The file's name without its extension. */
  readonly fileName: string;
  /** The document's language tag (nb-NO, nn-NO, en-GB), for Word's spelling. */
  readonly language: string;
  readonly t: Messages['councilDraft']['actions'];
}

/** Download the draft as a Word document, or copy it as text; what happened is said in a status line. */
export function DraftActions({ draft, fileName, language, t }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const download = async () => {
    setStatus({ kind: 'busy' });
    try {
      const file = `${fileName}.docx`;
      downloadBytes(file, await councilDraftDocx(draft, language), DOCX_TYPE);
      setStatus({ kind: 'downloaded', file });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draftPlainText(draft));
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'copyFailed' });
    }
  };
  const message = {
    idle: '',
    busy: t.downloading,
    downloaded: status.kind === 'downloaded' ? t.downloaded(status.file) : '',
    failed: t.downloadFailed,
    copied: t.copied,
    copyFailed: t.copyFailed,
  }[status.kind];
  return (
    <div className="draft-actions" role="group" aria-label={t.label}>
      <button type="button" className="button-primary" onClick={() => void download()} disabled={status.kind === 'busy'}>
        {t.download}
      </button>
      <button type="button" className="button-secondary" onClick={() => void copy()}>
        {t.copy}
      </button>
      <p className="draft-actions-status" role="status">
        {message}
      </p>
    </div>
  );
}
