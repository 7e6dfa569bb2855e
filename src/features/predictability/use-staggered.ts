import { useEffect, useState } from 'react';

/**
 * Moves `total` charts from the previous value to `value` one chart per task: chart i shows
 * `value` when i < the returned count, the previous value (or nothing, at first) otherwise.
 * Drawing a dozen charts at once holds the main thread for a few hundred milliseconds; one
 * chart per task keeps each task short and the page responsive.
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
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setState((s) => (s.value === value ? { ...s, count: s.count + 1 } : s)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total, value]);
  return { count: Math.min(count, total), previous: current.previous };
}
