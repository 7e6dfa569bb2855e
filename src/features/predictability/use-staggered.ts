import { useEffect, useState } from 'react';

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

/**
 * Moves `total` charts from the previous value to `value` one chart per task: chart i shows
 * `value` when i < the returned count, the previous value (or nothing, at first) otherwise.
 * Drawing a dozen charts at once holds the main thread for a few hundred milliseconds; one
 * chart per task keeps each task short and the page responsive, and the browser paints between
 * them when a frame is due.
 */
export function useStaggered<T>(value: T, total: number): { readonly count: number; readonly previous: T | null } {
  const [state, setState] = useState<{ value: T; previous: T | null; count: number }>({ value, previous: null, count: 1 });
  let current = state;
  if (state.value !== value) {
    current = { value, previous: state.count >= total ? state.value : state.previous, count: 1 };
    setState(current);
  }
  const { count } = current;
  useEffect(() => {
    if (count >= total) return;
    return nextTask(() => setState((s) => (s.value === value ? { ...s, count: s.count + 1 } : s)));
  }, [count, total, value]);
  return { count: Math.min(count, total), previous: current.previous };
}
