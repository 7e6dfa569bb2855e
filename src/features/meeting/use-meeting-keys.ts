import { useEffect } from 'react';

interface MeetingKeys {
  readonly next: () => void;
  readonly previous: () => void;
  readonly leave: () => void;
}

/** Fields where the arrow keys edit a value, so they must not turn the slide. */
const isField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * The presenter's keys, anywhere on the page: → and Page Down (what a clicker sends) forward,
 * ← and Page Up back, Escape leaves the meeting mode.
 */
export function useMeetingKeys({ next, previous, leave }: MeetingKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        leave();
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
  }, [next, previous, leave]);
}
