import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Runs `step` in a task of its own, as soon as the thread is free: a message to a channel, not
 * `setTimeout` (which the browser holds back 4 ms once timers nest) nor the next frame (which
 * would make nine charts wait nine frames, most of them out of view and drawn in a moment).
 * Returns what cancels it.
 */
function nextTask(step: () => void): () => void {
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) step();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}

/** How long one task may keep adding charts: a chart drawn in view fills it alone; charts out of view (a title and a legend each) go in together. */
const TASK_BUDGET_MS = 8;

/**
 * Moves `total` charts from the previous value to `value` in tasks after the one that shows the
 * new value: chart i shows `value` when i < the returned count, the previous value (or
 * nothing, at first) otherwise. The render that brings a new value adds no chart, so the
 * result's sentence and table are on screen at once; then each task adds charts one by one
 * until it has run for TASK_BUDGET_MS, so a chart drawn in view gets a task of its own while
 * charts out of view, which cost little, do not each wait for a task and a frame. Drawing a
 * dozen charts at once holds the main thread for a few hundred milliseconds; this keeps each
 * task short and the page responsive, and the browser paints between them when a frame is due.
 */
export function useStaggered<T>(value: T, total: number): { readonly count: number; readonly previous: T | null } {
  const [state, setState] = useState<{ value: T; previous: T | null; count: number }>({ value, previous: null, count: 0 });
  let current = state;
  if (state.value !== value) {
    current = { value, previous: state.count >= total ? state.value : state.previous, count: 0 };
    setState(current);
  }
  const { count } = current;
  useEffect(() => {
    if (count >= total) return;
    return nextTask(() => {
      const started = performance.now();
      let added = count;
      do {
        // Rendered at once (not batched to the end of the task), so that the time it took can be read.
        flushSync(() =>
          setState((s) => {
            if (s.value !== value || s.count >= total) return s;
            added = s.count + 1;
            return { ...s, count: added };
          }),
        );
      } while (added < total && performance.now() - started < TASK_BUDGET_MS);
    });
  }, [count, total, value]);
  return { count: Math.min(count, total), previous: current.previous };
}
