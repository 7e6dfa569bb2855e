/**
 * The sections of a saksframlegg, in the order the council reads them. A module of its own, so
 * that the store, which keeps the planner's edits by section, does not load the draft itself.
 */
export const DRAFT_SECTIONS = ['subject', 'proposal', 'background', 'assessment', 'economy', 'risk', 'assumptions'] as const;
export type DraftSectionKey = (typeof DRAFT_SECTIONS)[number];
