import { useEffect } from 'react';

const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'tel', 'url', 'password', 'date', 'month']);

/**
 * A field where the browser's own text undo applies: there Ctrl+Z stays the browser's, so
 * typing and undoing within a field works as everywhere else. Outside such fields the app's
 * undo takes the shortcut.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Which history step a key press asks for: Ctrl/⌘+Z undo; Ctrl/⌘+Shift+Z and Ctrl/⌘+Y redo. */
export function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Listens on the window for the undo and redo shortcuts (outside text fields). */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = historyKey(event);
      if (step === null || event.defaultPrevented || isTextEntry(event.target)) return;
      event.preventDefault();
      if (step === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
