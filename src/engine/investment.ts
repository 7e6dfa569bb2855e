import { ECONOMY_PLAN_YEARS } from './budget';
import { monthIndex } from './months';
import type { InvestmentBudget, InvestmentTotals } from './projection';
import type { Scenario } from './scenario';
import type { ReferenceData } from './types';

/**
 * The investment budget (investeringsbudsjett; docs/model.md#investment-budget), kept
 * out of the operating budget: for every pipeline entry marked acquired (bought or built), in
 * the plan year its units are ready (ordered month + lead time):
 * - acquisition and building = units × `costs.acquisitionCostPerUnit`;
 * - Husbanken's rental-housing grant (tilskudd til utleieboliger) = units × the grant per unit
 *   of the municipality's zone (Husbanken, «Tilskudd til utleieboliger»: the cap of an 80 m²
 *   dwelling), where the scenario's switch is on (the grant was abolished in 2024);
 * - net investment = acquisition − grant.
 * Units ready before the start or after the horizon fall outside the plan. Whole kroner per year;
 * the totals are sums of the whole years.
 */
export function investmentBudget(scenario: Scenario, reference: ReferenceData): InvestmentBudget {
  const horizon = scenario.years.length;
  const units = new Array<number>(horizon).fill(0);
  const { housing } = scenario;
  for (const p of housing.pipeline) {
    if (!p.acquired) continue;
    const y = Math.floor(monthIndex(scenario.startYear, p.year, p.month, p.leadTimeMonths) / 12);
    if (y >= 0 && y < horizon) units[y] = (units[y] ?? 0) + p.units;
  }
  const grantPerUnit = housing.husbankenGrant ? reference.housingGrantPerUnit[housing.zone].value : 0;
  const acquisition = units.map((n) => Math.round(n * scenario.costs.acquisitionCostPerUnit));
  const husbankenGrant = units.map((n) => Math.round(n * grantPerUnit));
  const net = acquisition.map((a, y) => a - (husbankenGrant[y] ?? 0));
  const totals = (count: number): InvestmentTotals => {
    const sum = (xs: readonly number[]) => xs.slice(0, count).reduce((s, x) => s + x, 0);
    return {
      fromYear: scenario.startYear,
      toYear: scenario.startYear + Math.min(count, horizon) - 1,
      units: sum(units),
      acquisition: sum(acquisition),
      husbankenGrant: sum(husbankenGrant),
      net: sum(net),
    };
  };
  return { units, acquisition, husbankenGrant, net, economyPlan: totals(ECONOMY_PLAN_YEARS), horizon: totals(horizon) };
}
