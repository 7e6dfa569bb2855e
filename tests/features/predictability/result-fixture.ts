import { METRICS, type Metric } from '../../../src/engine/predictability/path';
import type { SimulationResult } from '../../../src/engine/predictability/simulate';
import type { Fan, ModeSummary, Quantiles } from '../../../src/engine/predictability/summary';

type FanInput = Partial<Record<Metric, Partial<Fan>>>;
type TotalsInput = Partial<Record<Metric, Partial<ModeSummary['totals'][Metric]>>>;

/** A hand-made mode summary over `years` years: the given fans and totals, zero elsewhere. */
function mode(years: number, fans: FanInput, totals: TotalsInput): ModeSummary {
  const zeros = Array.from({ length: years }, () => 0);
  return {
    fans: Object.fromEntries(METRICS.map((m) => [m, { p10: zeros, p50: zeros, p90: zeros, mean: zeros, ...fans[m] }])) as ModeSummary['fans'],
    totals: Object.fromEntries(METRICS.map((m) => [m, { p10: 0, p50: 0, p90: 0, mean: 0, ...totals[m] }])) as ModeSummary['totals'],
  };
}

/** A simulation result made by hand, so that shaping functions can be pinned with literal numbers. */
export function resultWith(
  years: number,
  yearly: { fans?: FanInput; totals?: TotalsInput },
  commitment: { fans?: FanInput; totals?: TotalsInput },
  extra: { plannedPerYear?: readonly number[]; commitmentYears?: number; band?: number; placesLimited?: boolean; difference?: Partial<Record<Metric, Partial<Quantiles>>>; paths?: number } = {},
): SimulationResult {
  return {
    paths: extra.paths ?? 10_000,
    plannedPerYear: extra.plannedPerYear ?? Array.from({ length: years }, () => 34),
    commitmentYears: extra.commitmentYears ?? years,
    band: extra.band ?? 0,
    placesLimited: extra.placesLimited ?? true,
    yearly: mode(years, yearly.fans ?? {}, yearly.totals ?? {}),
    commitment: mode(years, commitment.fans ?? {}, commitment.totals ?? {}),
    difference: Object.fromEntries(METRICS.map((m) => [m, { p10: 0, p50: 0, p90: 0, mean: 0, ...extra.difference?.[m] }])) as SimulationResult['difference'],
  };
}
