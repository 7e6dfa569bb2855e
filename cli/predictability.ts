import { commitmentNeeds, DEFAULT_SIMULATION, maxCommitment, type NationalRecordYear, type ReferenceData, type Scenario, simulate } from '../src/engine';
import { nb } from '../src/i18n/nb';
import { formatter } from '../src/lib/format';
import { toPredictabilityValue, type ValueMetric } from '../src/report/predictability';
import type { PredictabilityArgs } from './render';

const round1 = (x: number) => Math.round(x * 10) / 10 + 0;

/**
 * `--predictability`: the comparison of a multi-year commitment with the yearly negotiation on
 * the plan's own numbers, with the same engine and report as the app. JSON: `plannedPerYear`,
 * each mode's `settledMean` per plan year, `value.kroner` (mean costs, yearly minus commitment:
 * what the commitment saves) and `value.units` (the physical differences), and the sentence the
 * screen shows.
 */
export function renderPredictability(format: 'table' | 'json' | 'csv', scenario: Scenario, reference: ReferenceData, record: readonly NationalRecordYear[], a: PredictabilityArgs): string {
  const options = { ...DEFAULT_SIMULATION, paths: a.paths, seed: a.seed, volatility: a.volatility, commitmentPerYear: a.commitment, band: a.band, commitmentYears: a.years };
  const result = simulate(scenario, reference, record, options);
  const value = toPredictabilityValue(result, scenario.startYear, scenario.costs);
  const units = (metric: ValueMetric) => value.rows.find((r) => r.metric === metric)?.difference ?? null;
  const largest = maxCommitment(scenario, reference, undefined, a.band);
  const needs = commitmentNeeds(scenario, reference, { perYear: a.commitment, band: a.band, years: a.years, dwellingLeadMonths: options.dwellingLeadMonths, placeLeadMonths: options.placeLeadMonths });
  const sentence = nb.predictability.value.sentence(value, formatter('nb')).replace(/\u00a0/g, ' ');
  const cost = result.difference.cost;
  const out = {
    paths: result.paths,
    seed: a.seed,
    volatility: a.volatility,
    years: scenario.years.map((_, y) => scenario.startYear + y),
    commitmentYears: result.commitmentYears,
    band: result.band,
    plannedPerYear: result.plannedPerYear.map(round1),
    commitment: { settledMean: result.commitment.fans.settled.mean.map(round1) },
    yearly: { settledMean: result.yearly.fans.settled.mean.map(round1) },
    value: {
      kroner: Math.round(cost.mean) + 0,
      kronerP10: Math.round(cost.p10) + 0,
      kronerP90: Math.round(cost.p90) + 0,
      mismatchKroner: Math.round(result.difference.mismatchCost.mean) + 0,
      incomeKroner: Math.round(result.difference.income.mean) + 0,
      units: {
        householdMonthsInTemporaryHousing: units('dwellingMonthsShort'),
        emptyDwellingMonths: units('dwellingMonthsIdle'),
        participantMonthsWaiting: units('placeMonthsShort'),
        emptyPlaceMonths: units('placeMonthsIdle'),
      },
    },
    largestCommitment: { perYear: largest.perYear, binding: largest.binding, bindsFrom: largest.bindsFrom },
    needs: { dwellings: needs.dwellings, places: needs.places },
    sentence,
  };
  if (format === 'json') return `${JSON.stringify(out, null, 2)}\n`;
  const rows = value.rows.map((r) => `  ${r.metric.padEnd(20)} yearly ${String(r.yearly).padStart(14)}  commitment ${String(r.commitment).padStart(14)}  difference ${String(r.difference).padStart(14)}  (P10 ${r.p10}, P90 ${r.p90})`);
  return [
    `${scenario.name}: a multi-year commitment against the yearly negotiation, ${result.paths} paths, seed ${a.seed}, volatility ${a.volatility}`,
    `Planned per year: ${out.plannedPerYear.join(', ')}`,
    `Settled per year, mean: yearly ${out.yearly.settledMean.join(', ')}; commitment ${out.commitment.settledMean.join(', ')}`,
    'Summed over the plan, mean over the paths (difference = yearly − commitment):',
    ...rows,
    '',
    sentence,
    '',
  ].join('\n');
}
