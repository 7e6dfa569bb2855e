import type { Figure, FigureStatus } from './types';

/**
 * The estimating rule for an unknown rate (docs/model.md#estimating-rule; IMDi's circulars give the known
 * figures): the nearest known rate of the same line, grown as the known year-1 single-adult rate
 * grew over the same span (central); beside it a range, low = flat at the known rate, high =
 * indexed by G. A year in which the integration grant was not price-adjusted (2023) adds no
 * growth to the integration lines, so the year after it is never indexed back up.
 *
 * Worked example (year 2, known 230 000 in 2017, central index 235 000 in 2017 and 242 760 in
 * 2026, G with 2023 frozen: 93 634 → 111 477 (2022), 118 620 → 136 549 (2023 → 2026)):
 *   central = 230 000 × 242 760 / 235 000 = 237 595
 *   low     = 230 000
 *   high    = 230 000 × 111 477 / 93 634 × 136 549 / 118 620 = 315 217
 * (the 2026 year-2 rate in public/data/rates.json, edition 2026-12)
 */

/** The series the rule reads. */
export interface EstimateIndex {
  /** The central index of a year: the year-1 single-adult rate (kroner). */
  readonly central: (year: number) => number;
  /** G of a year. */
  readonly g: (year: number) => number;
  /** The integration grant was not price-adjusted in this year. */
  readonly frozen: (year: number) => boolean;
}

/** A known figure an estimate starts from. */
export interface KnownRate {
  readonly year: number;
  readonly value: number;
  readonly status: FigureStatus;
}

/**
 * G's factor from `from` to `to` (either direction): Π G[t] / G[t − 1] over the years t between,
 * where a frozen year adds no growth to a line that `freezes` (the integration lines).
 */
export function gFactor(index: EstimateIndex, from: number, to: number, freezes: boolean): number {
  const [a, b] = from <= to ? [from, to] : [to, from];
  let factor = 1;
  for (let t = a + 1; t <= b; t++) if (!(freezes && index.frozen(t))) factor *= index.g(t) / index.g(t - 1);
  return from <= to ? factor : 1 / factor;
}

/** The frozen years strictly after the earlier and up to the later of two years. */
function frozenBetween(index: EstimateIndex, from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = Math.min(from, to) + 1; t <= Math.max(from, to); t++) if (index.frozen(t)) out.push(t);
  return out;
}

/**
 * The estimate of `year` from the known rate: central (the central index's growth over the
 * span), low and high (flat and G, the lower of the two is low: going back in time G lowers the
 * rate). Whole kroner; the central value is kept within its range.
 */
export function estimateFrom(known: KnownRate, year: number, index: EstimateIndex, freezes: boolean): Figure {
  const ratio = index.central(year) / index.central(known.year);
  const byG = known.value * gFactor(index, known.year, year, freezes);
  const low = Math.round(Math.min(known.value, byG));
  const high = Math.round(Math.max(known.value, byG));
  const value = Math.min(high, Math.max(low, Math.round(known.value * ratio)));
  const frozenYears = freezes ? frozenBetween(index, known.year, year) : [];
  return {
    value,
    status: 'estimated',
    source: {
      kind: 'estimate',
      fromYear: known.year,
      fromStatus: known.status,
      growth: Math.round((ratio - 1) * 10_000) / 10_000,
      ...(frozenYears.length > 0 ? { frozenYears } : {}),
    },
    low,
    high,
  };
}

/** The known rate nearest to `year` (the earlier one on a tie), or null. */
export function nearestKnown<T extends { readonly year: number }>(known: readonly T[], year: number): T | null {
  let best: T | null = null;
  for (const k of known) {
    const d = Math.abs(k.year - year);
    const bestD = best === null ? Infinity : Math.abs(best.year - year);
    if (d < bestD || (d === bestD && best !== null && k.year < best.year)) best = k;
  }
  return best;
}

/** The figure at one end of its range (`value` itself where it has none). */
export function atBound(figure: Figure, bound: 'low' | 'high'): Figure {
  const value = figure[bound];
  return value === undefined ? figure : { ...figure, value, low: value, high: value };
}

/**
 * The year-1 child rate where it has no figure of its own: the adult-in-family figure and its
 * range (the two rates are equal in IMDi's complete 2017 table).
 */
export function childAsAdultInFamily(adultInFamily: Figure): Figure {
  return {
    ...adultInFamily,
    status: 'estimated',
    source: { kind: 'rule', rule: 'child-as-adult-in-family', years: [2017], base: adultInFamily.source },
    low: adultInFamily.low ?? adultInFamily.value,
    high: adultInFamily.high ?? adultInFamily.value,
  };
}
