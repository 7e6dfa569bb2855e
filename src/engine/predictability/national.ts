import type { NationalRecordYear } from '../types';

/**
 * What the yearly negotiation is resampled from (docs/model.md#draws; IMDi's «Anmodning og vedtak»
 * and regjeringen.no): the observed year-over-year log changes of IMDi's national request, and the
 * in-year revision factors (revised ÷ request, 1 in years without a revision). National need is
 * kept within the range the record spans.
 */
export interface NationalHistory {
  readonly logChanges: readonly number[];
  readonly revisions: readonly number[];
  readonly lowest: number;
  readonly highest: number;
}

export function nationalHistory(record: readonly NationalRecordYear[]): NationalHistory {
  const years = [...record].sort((a, b) => a.year - b.year);
  const logChanges: number[] = [];
  for (let i = 1; i < years.length; i++) {
    const before = years[i - 1];
    const now = years[i];
    if (before && now && before.year + 1 === now.year && before.request > 0 && now.request > 0) {
      logChanges.push(Math.log(now.request / before.request));
    }
  }
  const revisions = years.map((y) => (y.revisedTo !== null && y.request > 0 ? y.revisedTo / y.request : 1));
  const levels = years.flatMap((y) => (y.revisedTo !== null ? [y.request, y.revisedTo] : [y.request])).filter((x) => x > 0);
  return {
    logChanges: logChanges.length > 0 ? logChanges : [0],
    revisions: revisions.length > 0 ? revisions : [1],
    lowest: Math.min(...levels),
    highest: Math.max(...levels),
  };
}

/** The national need of the start year: the record's request for it, else the latest one. */
export function startNeed(record: readonly NationalRecordYear[], startYear: number): number {
  const exact = record.find((y) => y.year === startYear);
  if (exact) return exact.request;
  const earlier = [...record].filter((y) => y.year < startYear).sort((a, b) => b.year - a.year)[0];
  return earlier?.request ?? record[0]?.request ?? 0;
}
