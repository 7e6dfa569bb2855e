import type { InvestmentTotals, Projection } from '../engine';
import type { Messages } from '../i18n';

/**
 * The rows of the investment budget (engine investment.ts), in the order every view shows
 * them: buying and building, Husbanken's grant, net investment; per plan year and for the
 * economy plan and the whole horizon. The plan, the print, the CSV, the XLSX and the
 * command-line planner all read these rows, so an amount is the same everywhere.
 */
export interface InvestmentRow {
  readonly key: 'acquisition' | 'husbankenGrant' | 'netInvestment';
  readonly label: string;
  readonly values: readonly number[];
  readonly economyPlan: number;
  readonly horizon: number;
}

const FIELDS = { acquisition: 'acquisition', husbankenGrant: 'husbankenGrant', netInvestment: 'net' } as const satisfies Record<
  InvestmentRow['key'],
  keyof InvestmentTotals
>;

export function investmentRows(projection: Projection, t: Messages): InvestmentRow[] {
  const c = projection.capital;
  const label = { acquisition: t.investment.acquisition, husbankenGrant: t.investment.husbankenGrant, netInvestment: t.investment.net };
  return (Object.keys(FIELDS) as InvestmentRow['key'][]).map((key) => ({
    key,
    label: label[key],
    values: c[FIELDS[key]],
    economyPlan: c.economyPlan[FIELDS[key]],
    horizon: c.horizon[FIELDS[key]],
  }));
}

/** The plan buys or builds dwellings inside its horizon (the investment budget has units). */
export function hasInvestment(projection: Projection): boolean {
  return projection.capital.horizon.units > 0;
}
