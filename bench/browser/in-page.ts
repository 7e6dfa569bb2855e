/**
 * Functions the benchmark runs inside the page (passed to `page.evaluate`, so they must be
 * self-contained). They observe the app from outside: DOM mutations, animation frames and the
 * Long Tasks API; the app itself carries no test hooks.
 */

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

/**
 * The floor of `timeEditFrames`, measured in the same page: from now to the end of the next frame
 * with nothing to do (an animation frame, then a message posted from it, which runs after that
 * frame's style, layout and paint: on average half a frame). Median of 21, in milliseconds.
 */
export async function timeFrameFloor(): Promise<number> {
  // The end of the next frame: an animation frame, then a message posted from it (which runs
  // after that frame's style, layout and paint). Inside: the page gets this function alone.
  const endOfNextFrame = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    await new Promise((r) => setTimeout(r, 7 * (i % 3)));
    const t0 = performance.now();
    times.push((await endOfNextFrame()) - t0);
  }
  return times.sort((a, b) => a - b)[10] ?? NaN;
}

/**
 * Types `value` into `input` as one input event, as the page is scrolled now, and resolves with
 * the milliseconds from the event to the end of the next frame (`nextFrame`, what the planner
 * sees of the edit at once) and to the first frame after the last change inside every chart
 * that is on screen (`onScreen`, null with no chart on screen), once those charts have been still
 * for 300 ms. `changed` counts the on-screen charts that changed, of `visible`.
 */
export function timeEditFrames(input: HTMLInputElement, value: string): Promise<{ nextFrame: number; onScreen: number | null; changed: number; visible: number }> {
  // The end of the next frame: an animation frame, then a message posted from it (which runs
  // after that frame's style, layout and paint). Inside: the page gets this function alone.
  const endOfNextFrame = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });
  const bodies = [...document.querySelectorAll('figure .chart-body')].filter((body) => {
    const box = body.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
  });
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
  const nextFrame = endOfNextFrame();
  return new Promise((resolve) => {
    const check = async () => {
      const last = Math.max(0, ...changedAt.values());
      const settled = changedAt.size === bodies.length && performance.now() - last > 300 && frameAfterLast >= last;
      if (settled || performance.now() - t0 > 3_000) {
        observer.disconnect();
        resolve({ nextFrame: (await nextFrame) - t0, onScreen: bodies.length === 0 ? null : frameAfterLast - t0, changed: changedAt.size, visible: bodies.length });
      } else setTimeout(() => void check(), 50);
    };
    setTimeout(() => void check(), 50);
  });
}
