import type { SimulationResult } from '../engine';

/** Net budget spread per year (P90 − P10) in both modes, and the mean over the years. */
export interface SpreadSeries {
  readonly rows: readonly { readonly year: number; readonly yearly: number; readonly commitment: number }[];
  readonly meanYearly: number;
  readonly meanCommitment: number;
}

export function toSpreadSeries(result: SimulationResult, startYear: number): SpreadSeries {
  const spread = (fan: SimulationResult['yearly']['fans']['net'], y: number) => (fan.p90[y] ?? 0) - (fan.p10[y] ?? 0);
  const rows = result.yearly.fans.net.p50.map((_, y) => ({
    year: startYear + y,
    yearly: spread(result.yearly.fans.net, y),
    commitment: spread(result.commitment.fans.net, y),
  }));
  const mean = (key: 'yearly' | 'commitment') => rows.reduce((s, r) => s + r[key], 0) / (rows.length || 1);
  return { rows, meanYearly: mean('yearly'), meanCommitment: mean('commitment') };
}

export const MISMATCH_METRICS = ['dwellingMonthsShort', 'dwellingMonthsIdle', 'placeMonthsShort', 'placeMonthsIdle'] as const;
export type MismatchMetric = (typeof MISMATCH_METRICS)[number];

/**
 * Expected mismatch over the plan's years (mean over paths, rounded whole as shown), both modes,
 * in unit-months: what the chart draws and its title states. Places only where the plan limits them.
 */
export interface MismatchSeries {
  readonly rows: readonly { readonly metric: MismatchMetric; readonly yearly: number; readonly commitment: number }[];
}

export function toMismatchSeries(result: SimulationResult): MismatchSeries {
  const metrics = MISMATCH_METRICS.filter((m) => result.placesLimited || (m !== 'placeMonthsShort' && m !== 'placeMonthsIdle'));
  const whole = (x: number) => Math.round(x) + 0;
  return {
    rows: metrics.map((metric) => ({ metric, yearly: whole(result.yearly.totals[metric].mean), commitment: whole(result.commitment.totals[metric].mean) })),
  };
}
