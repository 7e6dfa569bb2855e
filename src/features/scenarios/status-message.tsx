import { useEffect, useRef, type RefObject } from 'react';
import { LinkField } from '../../components/link-field';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore, type DeletedScenario } from '../../store';

/** What the screen last did, and for a deletion what is needed to put it back. */
export interface Status {
  readonly text: string;
  readonly deleted?: DeletedScenario;
  /** A share link the clipboard would not take: shown selected, to copy by hand. */
  readonly link?: { readonly url: string; readonly label: string };
  /** A scenario too large for a link: offered as a file instead. */
  readonly tooLong?: { readonly id: string; readonly name: string };
}

interface StatusMessageProps {
  readonly status: Status | null;
  readonly onRestore: (deleted: DeletedScenario) => void;
  readonly onExport: (id: string) => void;
  /** The region, so that the screen can move focus here when the control used is gone. */
  readonly regionRef: RefObject<HTMLDivElement | null>;
}

/**
 * A polite live region, present from the start so that every message is announced. After a
 * deletion it offers "Angre" (and takes the focus to it), for as long as the scenario is gone.
 * After "Del lenke" it holds the link to copy by hand, or the file export for a scenario too
 * large for a link; these sit below the region, so that the long link is not read out.
 */
export function StatusMessage({ status, onRestore, onExport, regionRef }: StatusMessageProps) {
  const t = useMessages();
  const s = t.workspace.status;
  const deleted = status?.deleted;
  const isBack = useAppStore((state) => deleted !== undefined && state.scenarios.some((e) => e.id === deleted.entry.id));
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted !== undefined) undoRef.current?.focus();
  }, [deleted]);
  const tooLong = status?.tooLong;

  return (
    <>
      <div ref={regionRef} className="scenarios-status" role="status" tabIndex={-1}>
        {status && (
          <p className="scenarios-status-text">
            {status.text}
            {deleted && !isBack && (
              <>
                {' '}
                <button ref={undoRef} type="button" className="button-secondary" onClick={() => onRestore(deleted)}>
                  {s.undoDelete} <span className="visually-hidden">{s.undoDeleteWhat(deleted.entry.scenario.name)}</span>
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {status?.link && <LinkField url={status.link.url} label={status.link.label} className="scenarios-link-field" />}
      {tooLong && (
        <button type="button" className="button-secondary scenarios-export" onClick={() => onExport(tooLong.id)}>
          {t.sharedLink.exportFile} <span className="visually-hidden">{t.sharedLink.exportWhat(tooLong.name)}</span>
        </button>
      )}
    </>
  );
}
