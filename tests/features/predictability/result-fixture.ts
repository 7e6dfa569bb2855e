import { METRICS, type Metric } from '../../../src/engine/predictability/path';
import type { SimulationResult } from '../../../src/engine/predictability/simulate';
import type { Fan, ModeSummary } from '../../../src/engine/predictability/summary';

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
  commitmentPerYear = 34,
  paths = 10_000,
): SimulationResult {
  return {
    paths,
    commitmentPerYear,
    yearly: mode(years, yearly.fans ?? {}, yearly.totals ?? {}),
    commitment: mode(years, commitment.fans ?? {}, commitment.totals ?? {}),
  };
}
