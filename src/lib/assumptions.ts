import {
  ASSUMPTIONS,
  defaultScenario,
  figureAt,
  RATE_PATHS,
  type RatePath,
  type ReferenceData,
  type Scenario,
} from '../engine';
import { rateBook } from '../engine/rates';

/**
 * What a printed or exported budget must list beside its numbers (MODEL.md: every default is
 * an assumption; the printed summary lists estimated rates and every override). Shared by the
 * print view, the spreadsheet export and the command line, so they list the same things.
 */

export interface AssumptionRow {
  readonly key: string;
  readonly source: string;
  /** The value in the scenario, as JSON-like text. */
  readonly value: string;
  /** Still the default (an assumption to replace with local figures). */
  readonly isDefault: boolean;
}

function valueAt(scenario: Scenario, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), scenario);
}

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value).replace(/"/g, '').replace(/,/g, ', '));

/** Each assumption of FACTS.md §8 with the scenario's value and whether it is still the default. */
export function assumptionRows(scenario: Scenario): AssumptionRow[] {
  const defaults = defaultScenario(scenario.municipalityCode, scenario.startYear, scenario.years.length);
  return ASSUMPTIONS.filter((a) => valueAt(scenario, a.key) !== undefined).map((a) => ({
    key: a.key,
    source: a.source,
    value: show(valueAt(scenario, a.key)),
    isDefault: JSON.stringify(valueAt(scenario, a.key)) === JSON.stringify(valueAt(defaults, a.key)),
  }));
}

export interface EstimatedRate {
  readonly rate: RatePath;
  readonly years: readonly number[];
  /** The rule the first of those years was estimated by. */
  readonly source: string;
}

/** Rates of the plan years that are estimated, one row per rate with the years it is estimated in. */
export function estimatedRates(scenario: Scenario, reference: ReferenceData): EstimatedRate[] {
  const book = rateBook(reference);
  const years = scenario.years.map((_, y) => scenario.startYear + y);
  const overridden = new Set(scenario.rateOverrides.map((o) => `${o.year}:${o.rate}`));
  return RATE_PATHS.flatMap((rate) => {
    const estimated = years.filter((year) => !overridden.has(`${year}:${rate}`) && figureAt(book.table(year), rate).status === 'estimated');
    const first = estimated[0];
    return first === undefined ? [] : [{ rate, years: estimated, source: figureAt(book.table(first), rate).source }];
  });
}

export interface PolicyChange {
  readonly what: string;
  readonly value: number;
}

/** Policy what-ifs that differ from the official tables. */
export function policyChanges(scenario: Scenario): PolicyChange[] {
  const scaled = Object.entries(scenario.policy.grantScale)
    .filter(([, factor]) => factor !== 1)
    .map(([grant, factor]) => ({ what: `grantScale.${grant}`, value: factor }));
  const bonus = scenario.policy.aboveRequestBonusPerPerson;
  return bonus > 0 ? [...scaled, { what: 'aboveRequestBonusPerPerson', value: bonus }] : scaled;
}
