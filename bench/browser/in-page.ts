/**
 * Functions the benchmark runs inside the page (passed to `page.evaluate`, so they must be
 * self-contained). They observe the app from outside: DOM mutations, animation frames and the
 * Long Tasks API; the app itself carries no test hooks.
 */

/**
 * Types `value` into `input` as one input event and resolves with the milliseconds from the
 * event to the first animation frame after the last change inside every chart, once the
 * charts have been still for 300 ms. `changed` counts the charts that changed.
 */
export function timeEdit(input: HTMLInputElement, value: string): Promise<{ ms: number; changed: number; charts: number }> {
  const bodies = [...document.querySelectorAll("figure .chart-body")];
  const changedAt = new Map<Element, number>();
  let frameAfterLast = 0;
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const body = bodies.find((b) => b.contains(record.target));
      if (body) changedAt.set(body, now);
    }
    requestAnimationFrame(() => {
      frameAfterLast = performance.now();
    });
  });
  for (const body of bodies) observer.observe(body, { subtree: true, childList: true, attributes: true, characterData: true });
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const t0 = performance.now();
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => {
    const check = () => {
      const last = Math.max(0, ...changedAt.values());
      const settled = changedAt.size === bodies.length && performance.now() - last > 300 && frameAfterLast >= last;
      if (settled || performance.now() - t0 > 5_000) {
        observer.disconnect();
        resolve({ ms: frameAfterLast - t0, changed: changedAt.size, charts: bodies.length });
      } else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  });
}

/** Starts collecting long tasks (> 50 ms on the main thread) in `window.__longTasks`. */
export function watchLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  Object.assign(window, { __longTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Presses the run button and times the run: to the last progress report (the worker done) and
 * to the first frame after the last change of the page once the result sentence is there and
 * every chart is drawn (the page still for 300 ms); returns the longest main-thread task while
 * the worker runs and while the result is drawn.
 */
export function timeRun(button: HTMLButtonElement): Promise<{ toLastProgress: number; toResult: number; longestWhileRunning: number; longestRenderingResult: number }> {
  const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
  let lastProgress = 0;
  let sawRunning = false;
  let lastChange = 0;
  let frameAfterLast = 0;
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    lastChange = performance.now();
    if (document.querySelector('progress')) {
      sawRunning = true;
      lastProgress = lastChange;
    }
    requestAnimationFrame(() => {
      frameAfterLast = performance.now();
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  button.click();
  return new Promise((resolve) => {
    const check = () => {
      const done = sawRunning && !document.querySelector('progress') && document.querySelector('.value-sentence') && !document.querySelector('[aria-busy="true"]');
      if (done && performance.now() - lastChange > 300 && frameAfterLast >= lastChange) {
        observer.disconnect();
        const longest = (from: number, to: number) => Math.max(0, ...tasks.filter((t) => t.start < to && t.start + t.duration > from).map((t) => t.duration));
        resolve({
          toLastProgress: lastProgress - t0,
          toResult: frameAfterLast - t0,
          longestWhileRunning: longest(t0, lastProgress),
          longestRenderingResult: longest(lastProgress, frameAfterLast),
        });
      } else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  });
}

/**
 * The floor for a run's time to the screen, measured in the same page: a message to a new
 * Web Worker and back, then the next animation frame (what any worker result costs before the
 * app does anything). Median of five, in milliseconds.
 */
export async function timeWorkerFloor(): Promise<number> {
  const url = URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data);'], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const once = () =>
    new Promise<number>((resolve) => {
      const t0 = performance.now();
      worker.onmessage = () => requestAnimationFrame(() => resolve(performance.now() - t0));
      worker.postMessage(1);
    });
  const times: number[] = [];
  for (let i = 0; i < 6; i++) times.push(await once());
  worker.terminate();
  URL.revokeObjectURL(url);
  return times.slice(1).sort((a, b) => a - b)[2] ?? NaN;
}
