import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/lib/same-data';

describe('sameData', () => {
  it('given two series with the same values in new objects, then they are the same data', () => {
    const a = { rows: [{ year: 2026, income: 2_350_000, estimated: false }], finding: { kind: 'peak', year: 2026 } };
    const b = { rows: [{ year: 2026, income: 2_350_000, estimated: false }], finding: { kind: 'peak', year: 2026 } };
    expect(sameData(a, b)).toBe(true);
  });

  it.each([
    ['a number deep inside', { rows: [{ income: 2_350_000 }] }, { rows: [{ income: 2_350_001 }] }],
    ['one row more', { rows: [1, 2] }, { rows: [1, 2, 3] }],
    ['a key missing', { a: 1, b: undefined }, { a: 1, c: undefined }],
    ['null against an object', { a: null }, { a: {} }],
    ['an array against an object', { a: [] }, { a: {} }],
  ])('given %s, then they are not the same data', (_case, a, b) => {
    expect(sameData(a, b)).toBe(false);
  });
});
