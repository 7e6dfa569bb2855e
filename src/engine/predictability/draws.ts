import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { NationalHistory } from './national';

/**
 * The relative factors the yearly negotiation is drawn from (docs/model.md#draws): the
 * observed year-over-year changes of IMDi's national request (ratio of one year's request to the
 * year before) and the in-year revisions (revised ÷ request, 1 in years without one), each
 * normalised to mean 1, so that drawing them around the plan's level never changes the expected
 * number settled. `volatility` scales every factor's distance from 1: f = max(0, 1 + v (f̂ − 1));
 * v = 0 makes every factor 1, v = 1 is the record as observed.
 */
export interface Factors {
  readonly changes: Float64Array;
  readonly revisions: Float64Array;
}

const normalised = (values: readonly number[], volatility: number): Float64Array => {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const scaled = Float64Array.from(values.length > 0 ? values : [1], (v) => Math.max(0, 1 + volatility * (mean > 0 ? v / mean - 1 : 0)));
  // Clamping at 0 (only for v > 1) can move the mean: scale back to exactly 1.
  const after = scaled.reduce((a, b) => a + b, 0) / scaled.length;
  return after > 0 ? scaled.map((v) => v / after) : scaled.fill(1);
};

export function factorsOf(history: NationalHistory, volatility: number): Factors {
  return {
    changes: normalised(history.logChanges.map(Math.exp), volatility),
    revisions: normalised(history.revisions, volatility),
  };
}

/**
 * The in-year revisions as a commitment with band ±b lets them through: each revision's
 * distance from 1, clamped to the band, centred to mean 0 and shrunk if needed so that every
 * factor stays within [1 − b, 1 + b]. The mean is exactly 1, so the commitment's expected volume
 * is the plan's; b = 0 gives 1 throughout.
 */
export function bandFactors(revisions: Float64Array, band: number): Float64Array {
  if (band <= 0) return new Float64Array(revisions.length).fill(1);
  const clamped = revisions.map((r) => Math.min(band, Math.max(-band, r - 1)));
  const mean = clamped.reduce((a, b) => a + b, 0) / (clamped.length || 1);
  const centred = clamped.map((d) => d - mean);
  const widest = centred.reduce((w, d) => Math.max(w, Math.abs(d)), 0);
  const shrink = widest > band ? band / widest : 1;
  return centred.map((d) => 1 + d * shrink);
}

/**
 * For every path and year, which change and which revision it draws: balanced resampling. In
 * each year every (change, revision) pair is drawn ⌊paths ÷ pairs⌋ times, the remainder at
 * random, in random order; so over the paths each observed factor is used equally often and the
 * mean settled equals the plan's up to the remainder, not only in the limit. Seeded: the same
 * seed gives the same draws.
 */
export function drawIndices(changes: number, revisions: number, horizon: number, paths: number, seed: number) {
  const rng = xoroshiro128plus(seed);
  const pairs = changes * revisions;
  const change = new Uint16Array(paths * horizon);
  const revision = new Uint16Array(paths * horizon);
  const order = new Uint32Array(paths);
  const whole = Math.floor(paths / pairs);
  for (let t = 0; t < horizon; t++) {
    let i = 0;
    for (let k = 0; k < whole; k++) for (let pair = 0; pair < pairs; pair++) order[i++] = pair;
    while (i < paths) order[i++] = uniformInt(rng, 0, pairs - 1);
    for (let j = paths - 1; j > 0; j--) {
      const k = uniformInt(rng, 0, j);
      const tmp = order[j] ?? 0;
      order[j] = order[k] ?? 0;
      order[k] = tmp;
    }
    for (let p = 0; p < paths; p++) {
      const pair = order[p] ?? 0;
      change[p * horizon + t] = Math.floor(pair / revisions);
      revision[p * horizon + t] = pair % revisions;
    }
  }
  return { change, revision };
}
