import type { Kroner, Projection } from '../engine';
import { housingSeriesOf as housingOf, programmeSeriesOf as programmeOf } from './capacity-series';
import { memoByProjection } from './memo';

/** The plan's three key figures, shown in the bar that stays in view while the planner edits. */
export interface KeyFigures {
  /** The economy plan's net (grants less costs), as its total in the table «Sum for perioden». */
  readonly economyPlan: { readonly fromYear: number; readonly toYear: number; readonly net: Kroner; readonly estimated: boolean };
  /** The first month with households short of a dwelling, as the housing chart's title says; null when none. */
  readonly firstShortMonth: string | null;
  /** The most participants waiting for a programme place in a month (whole, as the programme chart's table), and the first such month; null when none wait. */
  readonly mostWaiting: { readonly count: number; readonly month: string } | null;
}

/**
 * The key figures from the same projection and series as the tables and charts below them:
 * the economy plan's totals, the housing chart's first short month, the programme chart's
 * worst wait (rounded as its table rounds).
 */
export function toKeyFigures(projection: Projection): KeyFigures {
  const { fromYear, toYear, net, estimated } = projection.budget.economyPlan;
  const programme = programmeOf(projection);
  const worst = programme.worstShort;
  const month = worst >= 1 ? programme.rows.find((r) => Math.round(r.short) === worst)?.month : undefined;
  return {
    economyPlan: { fromYear, toYear, net, estimated },
    firstShortMonth: housingOf(projection).firstShortMonth,
    mostWaiting: month === undefined ? null : { count: worst, month },
  };
}

export const keyFiguresOf = memoByProjection(toKeyFigures);
