import { defaultScenario } from '../../src/engine/defaults';
import { RATE_PATHS } from '../../src/engine/overrides';
import type { Scenario } from '../../src/engine/scenario';
import { FIELD_BOUNDS, type FieldBound } from '../../src/scenario/bounds';
import { parseScenario } from '../../src/scenario/parse';

/** A small seeded generator (mulberry32): the same seed gives the same scenario. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value at or near a bound: the largest most often, then the smallest, just inside, or anywhere. */
function nearBound(bound: FieldBound, random: () => number): number {
  const r = random();
  const whole = bound.kind === 'count';
  const step = whole ? 1 : bound.kind === 'share' ? 0.01 : 1;
  const lowest = bound.positive ? bound.min + (whole ? 1 : 0.01) : bound.min;
  if (r < 0.6) return bound.max;
  if (r < 0.7) return lowest;
  if (r < 0.85) return Math.max(lowest, bound.max - step);
  const value = lowest + random() * (bound.max - lowest);
  return whole ? Math.floor(value) : value;
}

/** Fills every number at `pattern` (bounds.ts) under `node`, list positions at `*`. */
function fill(node: unknown, keys: readonly string[], bound: FieldBound, random: () => number): unknown {
  if (keys.length === 0) return nearBound(bound, random);
  const [key, ...rest] = keys;
  if (key === '*') return Array.isArray(node) ? node.map((item: unknown) => fill(item, rest, bound, random)) : node;
  if (typeof node !== 'object' || node === null || key === undefined) return node;
  const record = node as Record<string, unknown>;
  return { ...record, [key]: fill(record[key], rest, bound, random) };
}

/**
 * A valid scenario with every number at or near its bound (bounds.ts): up to 15 years, up to the
 * row limits of orders, releases and durations, rate overrides. The list lengths come first, then
 * every number of FIELD_BOUNDS is set; the result passes the schema (else the next seed is tried).
 */
export function extremeScenario(seed: number): Scenario {
  for (let attempt = 0; ; attempt += 1) {
    const random = generator(seed * 7919 + attempt);
    const years = 1 + Math.floor(random() * 15);
    const rows = (max: number) => (random() < 0.5 ? max : Math.floor(random() * (max + 1)));
    const base = defaultScenario('0301', 2026, years) as unknown as Record<string, unknown>;
    let raw: unknown = {
      ...base,
      years: Array.from({ length: years }, () => ({ singleAdults: 0, adultsInFamilies: 0, children: 0, unaccompaniedMinors: 0, highNeedsTier1: 0, highNeedsTier2: 0, request: 0, decision: 0, programmePlaces: 0 })),
      housing: {
        ...(base.housing as object),
        pipeline: Array.from({ length: rows(100) }, () => ({ year: 2026, month: 1, units: 0, leadTimeMonths: 0, acquired: random() < 0.5 })),
        releases: Array.from({ length: rows(100) }, () => ({ year: 2026, month: 1, units: 0 })),
        delaySettlementWithoutDwelling: random() < 0.5,
        husbankenGrant: random() < 0.5,
      },
      programme: { ...(base.programme as object), durations: Array.from({ length: 1 + rows(99) }, () => ({ months: 1, share: 1 })) },
      rateOverrides: Array.from({ length: rows(40) }, (_, i) => ({ year: 2026, rate: RATE_PATHS[i % RATE_PATHS.length], value: 0, source: '' })),
      minors: { ...(base.minors as object), settlementYear: random() < 0.5 ? 'months' : 'full-year' },
    };
    for (const [pattern, bound] of Object.entries(FIELD_BOUNDS)) raw = fill(raw, pattern.split('.'), bound, random);
    const parsed = parseScenario(raw);
    if (parsed.ok) return parsed.scenario;
  }
}
