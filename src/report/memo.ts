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
