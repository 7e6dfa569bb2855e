import type { SimulationResult } from '../../engine/predictability/simulate';

/** The value of predictability (MODEL.md): the difference between the modes over the commitment period. */
export interface PredictabilityValue {
  readonly commitmentPerYear: number;
  readonly years: number;
  readonly paths: number;
  /** Expected net over the period, commitment minus yearly (kroner; positive = the commitment gains). */
  readonly netGain: number;
  /** Spread of the period's net, P90 − P10, in each mode, and how much smaller it is under the commitment. */
  readonly spreadYearly: number;
  readonly spreadCommitment: number;
  readonly spreadReduction: number;
}

export function toPredictabilityValue(result: SimulationResult): PredictabilityValue {
  const y = result.yearly.totals.net;
  const c = result.commitment.totals.net;
  const spreadYearly = y.p90 - y.p10;
  const spreadCommitment = c.p90 - c.p10;
  return {
    commitmentPerYear: result.commitmentPerYear,
    years: result.yearly.fans.net.p50.length,
    paths: result.paths,
    netGain: c.mean - y.mean,
    spreadYearly,
    spreadCommitment,
    spreadReduction: spreadYearly - spreadCommitment,
  };
}

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

/** Expected mismatch over the period (mean over paths), both modes: unit-months always, kroner where costs are entered. */
export interface MismatchSeries {
  readonly rows: readonly { readonly metric: MismatchMetric; readonly yearly: number; readonly commitment: number }[];
  /** Expected cost of idle dwellings and emergency housing; null where the planner has entered neither unit cost. */
  readonly kroner: { readonly yearly: number; readonly commitment: number } | null;
}

export function toMismatchSeries(result: SimulationResult, costsEntered: boolean): MismatchSeries {
  return {
    rows: MISMATCH_METRICS.map((metric) => ({ metric, yearly: result.yearly.totals[metric].mean, commitment: result.commitment.totals[metric].mean })),
    kroner: costsEntered ? { yearly: result.yearly.totals.mismatchCost.mean, commitment: result.commitment.totals.mismatchCost.mean } : null,
  };
}
