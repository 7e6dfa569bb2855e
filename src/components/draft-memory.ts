import { createContext } from 'react';

/** What a field shows while its text is refused: the text, the value it was typed over, and any refusal by the store. */
export interface KeptDraft {
  readonly text: string;
  readonly base: unknown;
  readonly refused: string | null;
}

/**
 * Where fields keep text that could not be stored, so that a planner who leaves a screen with a
 * refused entry finds it, and its message, on coming back. `scope` separates screens and
 * scenarios; a field is known by its label within a scope. Held by the app shell, which keeps it
 * through a reload of the tab (app/kept-drafts.ts).
 */
export interface DraftMemory {
  readonly scope: string;
  readonly drafts: Map<string, KeptDraft>;
}

export const DraftMemoryContext = createContext<DraftMemory | null>(null);
