import { useEffect, useRef, type RefObject } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore, type DeletedScenario } from '../../store';

/** What the screen last did, and for a deletion what is needed to put it back. */
export interface Status {
  readonly text: string;
  readonly deleted?: DeletedScenario;
}

interface StatusMessageProps {
  readonly status: Status | null;
  readonly onRestore: (deleted: DeletedScenario) => void;
  /** The region, so that the screen can move focus here when the control used is gone. */
  readonly regionRef: RefObject<HTMLDivElement | null>;
}

/**
 * A polite live region, present from the start so that every message is announced. After a
 * deletion it offers "Angre" (and takes the focus to it), for as long as the scenario is gone.
 */
export function StatusMessage({ status, onRestore, regionRef }: StatusMessageProps) {
  const t = useMessages().workspace.status;
  const deleted = status?.deleted;
  const isBack = useAppStore((state) => deleted !== undefined && state.scenarios.some((e) => e.id === deleted.entry.id));
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted !== undefined) undoRef.current?.focus();
  }, [deleted]);

  return (
    <div ref={regionRef} className="scenarios-status" role="status" tabIndex={-1}>
      {status && (
        <p className="scenarios-status-text">
          {status.text}
          {deleted && !isBack && (
            <>
              {' '}
              <button ref={undoRef} type="button" className="button-secondary" onClick={() => onRestore(deleted)}>
                {t.undoDelete} <span className="visually-hidden">{t.undoDeleteWhat(deleted.entry.scenario.name)}</span>
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
