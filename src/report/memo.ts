import { sameData } from '../lib/same-data';
import type { Projection } from '../engine';

/**
 * A series function memoised on the projection's identity: the store's selector returns the very
 * same projection for the same inputs, so each chart shapes its data once per edit.
 */
export function memoByProjection<T>(fn: (projection: Projection) => T): (projection: Projection) => T {
  const cache = new WeakMap<Projection, T>();
  return (projection) => {
    const hit = cache.get(projection);
    if (hit !== undefined) return hit;
    const value = fn(projection);
    cache.set(projection, value);
    return value;
  };
}

/**
 * Like `memoByProjection`, and a result that holds the same values as the last one is that very
 * object: after an edit that leaves a chart's data as they were (places for the programme do not
 * change the grants), the chart gets the same series and does not draw again.
 */
export function memoStableByProjection<T>(fn: (projection: Projection) => T): (projection: Projection) => T {
  let last: { readonly value: T } | null = null;
  return memoByProjection((projection) => {
    const value = fn(projection);
    if (last !== null && sameData(last.value, value)) return last.value;
    last = { value };
    return value;
  });
}
