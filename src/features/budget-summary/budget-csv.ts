import type { Projection, ProjectionRange, TotalsRange } from '../../engine';
import type { Messages } from '../../i18n';
import { budgetRows } from '../../report/budget-rows';
import type { CsvCell } from '../../lib/csv';
import { investmentRows } from '../../report/investment-rows';

/** What the CSV's first rows name: the scenario, the municipality, the reference data's edition and the day it was made. */
export interface CsvHead {
  readonly scenario: string;
  /** As the page names it: «Kongsberg (Buskerud), 3303». */
  readonly municipality: string;
  readonly edition: string;
  /** `2026-11-23`, the caller's day. */
  readonly madeOn: string;
}

/**
 * The whole budget as CSV rows: with `head`, first the scenario, the municipality, the edition
 * and the date, each beside its name as the printed page names it, and a blank row; then one line per budget row (code beside the label, whole kroner
 * per year, and the years whose amount rests on an estimated rate), then the economy plan and
 * the whole horizon, each followed by its rows at the low and the high end of the estimated rates
 * (`range`, engine `projectRange`) where an estimated rate moves it; then the investment budget,
 * per year and for the economy plan and horizon. The same rows as the printed tables.
 */
export function budgetCsvRows(projection: Projection, t: Messages, range?: ProjectionRange, head?: CsvHead): CsvCell[][] {
  const s = t.budgetSummary;
  const { economyPlan: plan, horizon } = projection.budget;
  const totals = (label: string, x: typeof plan, r?: TotalsRange): CsvCell[][] => {
    const years = `${x.fromYear}–${x.toYear}`;
    const rows: CsvCell[][] = [[label, years, x.income, x.cost, x.net]];
    if (r && r.income.low !== r.income.high) {
      rows.push([s.rangeLow(label), years, r.income.low, x.cost, r.net.low], [s.rangeHigh(label), years, r.income.high, x.cost, r.net.high]);
    }
    return rows;
  };
  const named: CsvCell[][] = head
    ? [[s.scenario, head.scenario], [s.municipality, head.municipality], [s.edition, head.edition], [s.date, head.madeOn], []]
    : [];
  return [
    ...named,
    [t.forecast.line, s.code, ...projection.years, s.estimatedIn],
    ...budgetRows(projection, t).map((row): CsvCell[] => [
      row.label,
      row.code ?? '',
      ...row.values,
      projection.years.filter((_, y) => row.estimated[y] === true && row.values[y] !== 0).join(' '),
    ]),
    [],
    ['', s.years, t.forecast.income, t.forecast.cost, t.forecast.net],
    ...totals(t.forecast.economyPlan(plan.fromYear, plan.toYear), plan, range?.economyPlan),
    ...totals(t.forecast.horizon(horizon.fromYear, horizon.toYear), horizon, range?.horizon),
    [],
    [t.investment.heading, '', ...projection.years, t.forecast.economyPlan(plan.fromYear, plan.toYear), t.forecast.horizon(horizon.fromYear, horizon.toYear)],
    ...investmentRows(projection, t).map((row): CsvCell[] => [row.label, '', ...row.values, row.economyPlan, row.horizon]),
  ];
}
