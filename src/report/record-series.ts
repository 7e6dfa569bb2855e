import type { NationalRecordYear } from '../engine';

export interface RecordRow {
  readonly year: number;
  readonly request: number;
  readonly revised: number | null;
  readonly decided: number | null;
  /** Persons settled where final; the partial figure goes in `settledPartial`. */
  readonly settled: number | null;
  readonly settledPartial: number | null;
}

export interface RecordSeries {
  readonly rows: readonly RecordRow[];
  readonly lowestRequest: number;
  readonly highestRequest: number;
  /** Years with an in-year revision of the request. */
  readonly revisedYears: number;
}

/** The national record (IMDi's «Anmodning og vedtak», regjeringen.no, NTB) as chart rows, partial settlement figures apart. */
export function toRecordSeries(record: readonly NationalRecordYear[]): RecordSeries {
  const rows = [...record]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      request: r.request,
      revised: r.revisedTo,
      decided: r.decided,
      settled: r.settledIsPartial ? null : r.settled,
      settledPartial: r.settledIsPartial ? r.settled : null,
    }));
  const requests = rows.map((r) => r.request);
  return {
    rows,
    lowestRequest: requests.length > 0 ? Math.min(...requests) : 0,
    highestRequest: requests.length > 0 ? Math.max(...requests) : 0,
    revisedYears: rows.filter((r) => r.revised !== null).length,
  };
}
