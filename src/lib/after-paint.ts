/**
 * Runs work just after the browser has painted its next frame: the frame that shows what the
 * user just did is not held up by it. The callbacks of one frame run together in one task: an
 * animation frame, then a message posted from it, which the browser delivers after that frame's
 * style, layout and paint.
 *
 * A hidden page paints no frames (animation frames are paused), so the callbacks also run after
 * `FALLBACK_MS` at the latest; where there are no animation frames at all they run in the next task.
 */

/** The longest a callback waits for a frame: in a hidden page, or one that paints slowly. */
const FALLBACK_MS = 100;

let waiting: Set<() => void> | null = null;

function runWaiting(): void {
  const batch = waiting;
  waiting = null;
  batch?.forEach((callback) => callback());
}

function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

function schedule(batch: Set<() => void>): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (waiting === batch) runWaiting();
  };
  const timer = setTimeout(once, FALLBACK_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => nextTask(once));
  else nextTask(once);
}

/** Calls `callback` after the next frame is painted; returns a function that cancels it if it has not run yet. */
export function afterNextPaint(callback: () => void): () => void {
  if (waiting === null) {
    waiting = new Set();
    schedule(waiting);
  }
  const batch = waiting;
  // The same function registered twice runs twice: each registration is its own entry.
  const entry = () => callback();
  batch.add(entry);
  return () => {
    batch.delete(entry);
  };
}
