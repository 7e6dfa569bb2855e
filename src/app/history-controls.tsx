import { useCallback, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useHistory } from '../store';
import { useUndoShortcuts } from './use-undo-shortcuts';

/**
 * "Angre" and "Gjør om" in the header, for every edit of the scenarios (store history), with
 * the keyboard shortcuts outside text fields. Each step is announced in a polite live region.
 */
export function HistoryControls() {
  const t = useMessages().workspace.history;
  const history = useHistory();
  const [said, setSaid] = useState('');
  const { canUndo, canRedo } = history;
  const historyUndo = history.undo;
  const historyRedo = history.redo;
  const undo = useCallback(() => {
    if (!canUndo) return;
    historyUndo();
    setSaid(t.undone);
  }, [canUndo, historyUndo, t.undone]);
  const redo = useCallback(() => {
    if (!canRedo) return;
    historyRedo();
    setSaid(t.redone);
  }, [canRedo, historyRedo, t.redone]);
  useUndoShortcuts(undo, redo);

  return (
    <div className="history-controls" role="group" aria-label={t.label}>
      <button type="button" className="button-on-accent" onClick={undo} disabled={!canUndo} title={t.undoHint} aria-keyshortcuts="Control+Z">
        <span aria-hidden="true">↶ </span>
        {t.undo}
      </button>
      <button
        type="button"
        className="button-on-accent"
        onClick={redo}
        disabled={!canRedo}
        title={t.redoHint}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {t.redo}
        <span aria-hidden="true"> ↷</span>
      </button>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
