import { niceAxis, type NiceAxis } from '../lib/nice-axis';
import type { Fan, ModeSummary, Quantiles, SimulationResult } from '../engine';

/** The metrics drawn as fan charts, in the order of the screen. */
export const FAN_METRICS = ['settled', 'income', 'net', 'dwellingMonthsShort', 'dwellingMonthsIdle', 'placeMonthsShort', 'placeMonthsIdle'] as const;
export type FanMetric = (typeof FAN_METRICS)[number];

export interface FanRow {
  readonly year: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** [P10, P90], drawn as a band. */
  readonly band: readonly [number, number];
}

export interface FanSeries {
  readonly metric: FanMetric;
  readonly yearly: readonly FanRow[];
  readonly commitment: readonly FanRow[];
  /** The metric summed over all the plan's years, per path: P10, median, P90 of each mode. */
  readonly totals: { readonly yearly: Quantiles; readonly commitment: Quantiles };
  /** The same y-axis for both small multiples, with round ticks covering every P10 and P90. */
  readonly axis: NiceAxis;
  /** The plan's years, the same for every fan chart: the x-axis and the title's period. */
  readonly years: readonly number[];
}

/** Kroner metrics: shown in millions, whole kroner in exports. */
export const isKroner = (metric: FanMetric) => metric === 'income' || metric === 'net';

const rows = (fan: Fan, startYear: number): FanRow[] =>
  fan.p50.map((p50, y) => {
    const p10 = fan.p10[y] ?? 0;
    const p90 = fan.p90[y] ?? 0;
    return { year: startYear + y, p10, p50, p90, band: [p10, p90] };
  });

/** P10, median and P90 per year of one metric, both modes, on a shared axis. */
export function toFanSeries(result: SimulationResult, metric: FanMetric, startYear: number): FanSeries {
  const of = (mode: ModeSummary) => rows(mode.fans[metric], startYear);
  const yearly = of(result.yearly);
  const commitment = of(result.commitment);
  const all = [...yearly, ...commitment];
  const axis = niceAxis(Math.min(...all.map((r) => r.p10)), Math.max(...all.map((r) => r.p90)));
  return {
    metric,
    yearly,
    commitment,
    totals: { yearly: result.yearly.totals[metric], commitment: result.commitment.totals[metric] },
    axis,
    years: yearly.map((r) => r.year),
  };
}

/** A value as exports carry it: kroner whole, counts and unit-months to one decimal. */
export const exportValue = (metric: FanMetric, value: number): number =>
  isKroner(metric) ? Math.round(value) + 0 : Math.round(value * 10) / 10 + 0;
