import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed: from `beforeprint` (window.print, the browser's print
 * command) until `afterprint`, and while the print media query matches (a PDF printer or a
 * test that emulates print media). Every chart counts as in view meanwhile, so that the paper
 * shows all of them drawn from the plan as it is.
 */
let printing = false;
const printListeners = new Set<() => void>();
let watching = false;

function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  // Drawn before the browser lays the page out for print, not in a later task.
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
}

function watchPrint(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('beforeprint', () => setPrinting(true));
  window.addEventListener('afterprint', () => setPrinting(window.matchMedia?.('print').matches ?? false));
  const media = window.matchMedia?.('print');
  media?.addEventListener?.('change', (event) => setPrinting(event.matches));
  if (media?.matches) printing = true;
}

function subscribePrint(listener: () => void): () => void {
  watchPrint();
  printListeners.add(listener);
  return () => printListeners.delete(listener);
}

const isPrinting = () => printing;

/** Whether the page is being printed: every chart then counts as in view (`useInView`). */
function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrint, isPrinting, isPrinting);
}

/** How far beyond the window a chart counts as in view: it is drawn just before it scrolls in. */
const MARGIN = '50px 0px';

/**
 * Whether `element` is in the window (or near it), by an IntersectionObserver, or the page is
 * being printed. Where there is no IntersectionObserver, everything counts as in view.
 */
export function useInView(element: Element | null): boolean {
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  const print = usePrinting();
  useEffect(() => {
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return inView || print;
}
