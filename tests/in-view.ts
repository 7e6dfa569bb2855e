/**
 * The chart frame draws a chart once it is in view (IntersectionObserver), which jsdom lacks,
 * and jsdom lays nothing out. This stub stands for a window showing the top of the page, as the
 * plan screen opens in the browser: the charts, further down, are not in view, so their
 * drawings are not made (their titles, tables and legends are there all the same). A test that
 * looks at the drawings first brings the charts into view with `chartsInView()`; they are then
 * drawn as in a browser scrolled to them (wait for what you count: the drawing comes a tick
 * after the title, its code loaded on demand).
 *
 * Drawing every chart of the plan screen on every edit of every test was a third of the
 * component tests' time, in tests that never looked at a drawing.
 */
let inView = false;

/** For the rest of this test, every chart rendered from now on is in view and drawn. */
export function chartsInView(): void {
  inView = true;
}

/** After each test (tests/setup.ts): the window at the top of the page again. */
export function resetChartsInView(): void {
  inView = false;
}

export class WindowTopObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly thresholds = [0];
  readonly scrollMargin = '0px';
  readonly #callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element): void {
    const box = target.getBoundingClientRect();
    const entry = { target, isIntersecting: inView, intersectionRatio: inView ? 1 : 0, boundingClientRect: box, intersectionRect: box, rootBounds: null, time: 0 };
    this.#callback([entry as IntersectionObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
