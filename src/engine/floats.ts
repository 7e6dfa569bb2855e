/**
 * Where a projection's month-by-month series get their memory. A Float64Array of its own costs
 * one to two microseconds to allocate in V8, whatever its length (each gets a backing store
 * outside the heap that the collector tracks), so the fifty series of one projection cost more
 * to allocate than to compute. Views into one block cost a tenth of that. Every view is memory
 * of its own, zero-filled, and may outlive the projection (the block lives as long as a view).
 */
export type Floats = (length: number) => Float64Array;

/** A new array each time: for callers that build one series, not fifty. */
export const freshFloats: Floats = (length) => new Float64Array(length);

/** Views into blocks of `capacity` numbers (a new block when one is used up). */
export function floatBlock(capacity: number): Floats {
  let block = new Float64Array(capacity);
  let at = 0;
  return (length) => {
    if (at + length > block.length) {
      block = new Float64Array(Math.max(capacity, length));
      at = 0;
    }
    const view = block.subarray(at, at + length);
    at += length;
    return view;
  };
}
