import type { BudgetTotals, Projection, ProjectionRange, TotalsRange } from '../engine';
import type { Messages } from '../i18n';
import type { Formatter } from '../lib/format';

/**
 * The sentences that tell a reader in kroner what the estimated rates can do to the totals
 * («Økonomiplan 2026–2029: tilskudd 38,2 mill. kr; 35,9–41,0 mill. kr om de anslåtte satsene blir
 * lave eller høye. Netto …»), one for the economy plan and one for the whole horizon; none for a
 * total no estimated rate moves. The plan, the print and the meeting show these same sentences.
 */
export function rangeSentence(
  period: string,
  totals: BudgetTotals,
  range: TotalsRange,
  t: Messages,
  f: Pick<Formatter, 'formatMillions' | 'formatMillionKroner'>,
): string | null {
  if (range.income.low === range.income.high) return null;
  return t.forecast.range(
    period,
    f.formatMillionKroner(totals.income),
    f.formatMillions(range.income.low),
    f.formatMillionKroner(range.income.high),
    f.formatMillionKroner(totals.net),
    f.formatMillionKroner(range.net.low),
    f.formatMillionKroner(range.net.high),
  );
}

/** The economy plan's and the horizon's sentence, those that have a range. */
export function rangeSentences(
  projection: Projection,
  range: ProjectionRange,
  t: Messages,
  f: Pick<Formatter, 'formatMillions' | 'formatMillionKroner'>,
): string[] {
  const { economyPlan, horizon } = projection.budget;
  return [
    rangeSentence(t.forecast.economyPlan(economyPlan.fromYear, economyPlan.toYear), economyPlan, range.economyPlan, t, f),
    rangeSentence(t.forecast.horizon(horizon.fromYear, horizon.toYear), horizon, range.horizon, t, f),
  ].filter((s): s is string => s !== null);
}
