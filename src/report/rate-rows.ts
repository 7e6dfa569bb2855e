import {
  figureAt,
  GRANT_LINES,
  RATE_PATHS,
  type Figure,
  type GFigure,
  type GrantLineId,
  type RateOverride,
  type RatePath,
  type ReferenceData,
  type Scenario,
} from '../engine';
// The engine's own lookup (overrides applied, years beyond the tables indexed), so that the
// rates shown are exactly the rates the projection uses.
import { effectiveRates } from '../engine';

/** The budget line each rate feeds, for its IMDi code (GRANT_LINES, docs/model.md#grants). */
const LINE_OF_RATE: Partial<Record<RatePath, GrantLineId>> = {
  'integration.year1SingleAdult': 'integrationYear1SingleAdult',
  'integration.year1AdultInFamily': 'integrationYear1AdultInFamily',
  'integration.year1Child': 'integrationYear1Child',
  'integration.year1UnaccompaniedMinor': 'integrationYear1Minor',
  'integration.year2': 'integrationYear2',
  'integration.year3': 'integrationYear3',
  'integration.year4': 'integrationYear4',
  'integration.year5': 'integrationYear5',
  elderly: 'elderly',
  kindergarten: 'kindergarten',
  'minors.youngBand': 'minorsYoungBand',
  'minors.olderBand': 'minorsOlderBand',
  'highNeeds.tier1': 'highNeedsTier1',
  'highNeeds.tier2Cap': 'highNeedsTier2',
};

/** IMDi's grant code of a rate, or null where it has none (docs/model.md#grants). */
export function codeOf(path: RatePath): string | null {
  const line = LINE_OF_RATE[path];
  return GRANT_LINES.find((l) => l.id === line)?.code ?? null;
}

export interface RateRow {
  readonly path: RatePath;
  readonly code: string | null;
  /** The figure the projection uses: the planner's override where there is one. */
  readonly figure: Figure;
  /** The figure of the reference data (indexed where the year has no table). */
  readonly reference: Figure;
  readonly override: RateOverride | null;
}

const withoutOverrides = (scenario: Scenario): Scenario => ({ ...scenario, rateOverrides: [] });

/** Every rate of a budget year, in the order of RATE_PATHS, with its provenance. */
export function rateRows(scenario: Scenario, reference: ReferenceData, year: number): RateRow[] {
  const table = effectiveRates(scenario, reference).book.table(year);
  const base = effectiveRates(withoutOverrides(scenario), reference).book.table(year);
  return RATE_PATHS.map((path) => ({
    path,
    code: codeOf(path),
    figure: figureAt(table, path),
    reference: figureAt(base, path),
    override: scenario.rateOverrides.find((o) => o.year === year && o.rate === path) ?? null,
  }));
}

/** G for each year, as the projection uses it (indexed beyond the known years). */
export function gRows(scenario: Scenario, reference: ReferenceData, years: readonly number[]): GFigure[] {
  const book = effectiveRates(scenario, reference).book;
  return years.map((year) => book.g(year));
}

/** The overrides with one for the same year and rate replaced (or added). */
export function upsertOverride(list: readonly RateOverride[], override: RateOverride): RateOverride[] {
  const others = list.filter((o) => !(o.year === override.year && o.rate === override.rate));
  return [...others, override].sort((a, b) => a.year - b.year || RATE_PATHS.indexOf(a.rate) - RATE_PATHS.indexOf(b.rate));
}

export const withoutOverride = (list: readonly RateOverride[], year: number, rate: RatePath): RateOverride[] =>
  list.filter((o) => !(o.year === year && o.rate === rate));
