import { useEffect } from 'react';

interface MeetingKeys {
  readonly next: () => void;
  readonly previous: () => void;
  /** Closes what is open (the what-if panel) or else leaves the meeting mode: meeting.tsx decides. */
  readonly escape: () => void;
}

/** Fields where the arrow keys edit a value, so they must not turn the slide. */
const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * The presenter's keys, anywhere on the page: → and Page Down (what a clicker sends) forward,
 * ← and Page Up back, Escape closes the what-if panel or leaves the meeting mode (`escape`).
 */
export function useMeetingKeys({ next, previous, escape }: MeetingKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        escape();
        return;
      }
      const field = isField(event.target);
      if (event.key === 'PageDown' || (event.key === 'ArrowRight' && !field)) {
        event.preventDefault();
        next();
      } else if (event.key === 'PageUp' || (event.key === 'ArrowLeft' && !field)) {
        event.preventDefault();
        previous();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next, previous, escape]);
}
