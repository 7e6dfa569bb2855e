import type { SimulationResult } from '../engine/predictability/simulate';
import type { Metric } from '../engine/predictability/path';

/**
 * The value of predictability as the screen, meeting mode and command line state it: one row
 * per metric (mean over the paths, summed over the plan's years, each mode, and the paired
 * difference yearly − commitment with its P10 and P90), rounded as shown, and the facts the
 * councillor's sentence is made of, taken from those same rounded rows.
 */
export const VALUE_METRICS = ['dwellingMonthsShort', 'dwellingMonthsIdle', 'placeMonthsShort', 'placeMonthsIdle', 'mismatchCost', 'income', 'net'] as const;
export type ValueMetric = (typeof VALUE_METRICS)[number];

export interface ValueRow {
  readonly metric: ValueMetric;
  readonly yearly: number;
  readonly commitment: number;
  /** Yearly minus commitment: positive = the commitment has less of it. */
  readonly difference: number;
  readonly p10: number;
  readonly p90: number;
}

/** Unit-months are shown whole, kroner in whole kroner. */
const round = (x: number) => Math.round(x) + 0;

export interface PredictabilityValue {
  /** The number a year committed to, or its mean where it varies by year. */
  readonly perYear: number;
  readonly perYearVaries: boolean;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly band: number;
  readonly paths: number;
  readonly rows: readonly ValueRow[];
  /** Places are compared only where the plan limits them. */
  readonly placesLimited: boolean;
  /** Kroner of mismatch are stated only where the planner has entered a unit cost for it. */
  readonly costsEntered: boolean;
  /** Grant income differs by less than noise (under 50 000 kr or 0.1 % of it). */
  readonly incomeSame: boolean;
}

/** Below this, a difference in grant income is Monte Carlo noise, not a finding. */
const SAME_INCOME_KRONER = 50_000;
const SAME_INCOME_SHARE = 0.001;

export interface UnitCosts {
  readonly idleUnitCostPerMonth: number;
  readonly emergencyHousingPremiumPerHouseholdMonth: number;
  readonly programmeCostPerPlaceYear: number;
}

/** Whether the planner has entered a cost of mismatch (idle dwellings, temporary housing or places). */
export const mismatchCostsEntered = (c: UnitCosts): boolean =>
  c.idleUnitCostPerMonth > 0 || c.emergencyHousingPremiumPerHouseholdMonth > 0 || c.programmeCostPerPlaceYear > 0;

export function toPredictabilityValue(result: SimulationResult, startYear: number, costs: UnitCosts): PredictabilityValue {
  const K = Math.max(1, result.commitmentYears);
  const committed = result.plannedPerYear.slice(0, K);
  const mean = committed.reduce((a, b) => a + b, 0) / committed.length;
  const costsEntered = mismatchCostsEntered(costs);
  const shown = (m: ValueMetric) =>
    (m === 'placeMonthsShort' || m === 'placeMonthsIdle' ? result.placesLimited : true) && (m === 'mismatchCost' ? costsEntered : true);
  const rows = VALUE_METRICS.filter(shown).map((metric: Metric & ValueMetric) => {
    const d = result.difference[metric];
    return {
      metric,
      yearly: round(result.yearly.totals[metric].mean),
      commitment: round(result.commitment.totals[metric].mean),
      difference: round(d.mean),
      p10: round(d.p10),
      p90: round(d.p90),
    };
  });
  const income = rows.find((r) => r.metric === 'income');
  const incomeSame = Math.abs(income?.difference ?? 0) < Math.max(SAME_INCOME_KRONER, SAME_INCOME_SHARE * Math.abs(income?.yearly ?? 0));
  return {
    perYear: Math.round(mean * 10) / 10,
    perYearVaries: committed.some((n) => n !== committed[0]),
    firstYear: startYear,
    lastYear: startYear + K - 1,
    band: result.band,
    paths: result.paths,
    rows,
    placesLimited: result.placesLimited,
    costsEntered,
    incomeSame,
  };
}

export const valueRow = (value: PredictabilityValue, metric: ValueMetric): ValueRow | undefined => value.rows.find((r) => r.metric === metric);
