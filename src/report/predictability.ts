import type { Metric, SimulationResult } from '../engine';
import { VALUE_METRICS, type PredictabilityValue, type ValueMetric, type ValueRow } from '../lib/predictability-value';

export { VALUE_METRICS, type PredictabilityValue, type ValueMetric, type ValueRow };

/** Unit-months are shown whole, kroner in whole kroner. */
const round = (x: number) => Math.round(x) + 0;

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

/**
 * The value of predictability as the screen, meeting mode and command line state it: one row
 * per metric (mean over the paths, summed over the plan's years, each mode, and the paired
 * difference yearly − commitment with its P10 and P90), rounded as shown (the difference as the
 * two rounded means give it, so that the row adds up), and the facts the
 * councillor's sentence is made of, taken from those same rounded rows.
 */
export function toPredictabilityValue(result: SimulationResult, startYear: number, costs: UnitCosts): PredictabilityValue {
  const K = Math.max(1, result.commitmentYears);
  const committed = result.plannedPerYear.slice(0, K);
  const mean = committed.reduce((a, b) => a + b, 0) / committed.length;
  const costsEntered = mismatchCostsEntered(costs);
  const shown = (m: ValueMetric) =>
    (m === 'placeMonthsShort' || m === 'placeMonthsIdle' ? result.placesLimited : true) && (m === 'mismatchCost' ? costsEntered : true);
  const rows = VALUE_METRICS.filter(shown).map((metric: Metric & ValueMetric) => {
    const d = result.difference[metric];
    const yearly = round(result.yearly.totals[metric].mean);
    const commitment = round(result.commitment.totals[metric].mean);
    // The mean of the paired differences is the difference of the means; taken from the rounded
    // means, the row adds up as printed, and the sentence and the charts' titles state one number.
    return { metric, yearly, commitment, difference: yearly - commitment, p10: round(d.p10), p90: round(d.p90) };
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
