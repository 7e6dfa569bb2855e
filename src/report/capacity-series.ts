import type { Projection } from '../engine';
import { memoStableByProjection } from './memo';

/**
 * One month of a capacity chart: need against capacity, with the gap drawn as bands. A band is
 * [from, to]; an empty band has from = to. Capacity is null where there is no limit.
 */
export interface CapacityRow {
  readonly month: string;
  readonly need: number;
  readonly capacity: number | null;
  readonly short: number;
  readonly idle: number;
  readonly shortBand: readonly [number, number];
  readonly idleBand: readonly [number, number];
}

export interface CapacitySeries {
  readonly rows: readonly CapacityRow[];
  /**
   * First month with a shortage (households without a dwelling, participants waiting) of at
   * least one when rounded. The engine's counts are expected values, fractions included; the
   * title counts as the data table shows them, whole, so the two never disagree.
   */
  readonly firstShortMonth: string | null;
  /** The worst shortage, rounded to whole households or participants as in the table. */
  readonly worstShort: number;
  /** The most units standing idle in a month, rounded as in the table. */
  readonly mostIdle: number;
  /** The highest need, and its first month; null when no one needs anything. */
  readonly peakNeed: { readonly month: string; readonly value: number } | null;
  /** No month has a limit (programme places not set). */
  readonly unlimited: boolean;
}

function toSeries(months: readonly string[], need: readonly number[], capacity: readonly (number | null)[], short: readonly number[], idle: readonly number[]): CapacitySeries {
  const rows = months.map((month, t): CapacityRow => {
    const n = need[t] ?? 0;
    const c = capacity[t] ?? null;
    const s = short[t] ?? 0;
    const i = idle[t] ?? 0;
    return {
      month,
      need: n,
      capacity: c,
      short: s,
      idle: i,
      shortBand: c !== null && s > 0 ? [c, c + s] : [n, n],
      idleBand: c !== null && i > 0 ? [c - i, c] : [n, n],
    };
  });
  let peakNeed: CapacitySeries['peakNeed'] = null;
  for (const row of rows) if (row.need > 0 && (peakNeed === null || row.need > peakNeed.value)) peakNeed = { month: row.month, value: row.need };
  return {
    rows,
    firstShortMonth: rows.find((r) => Math.round(r.short) >= 1)?.month ?? null,
    worstShort: Math.round(Math.max(0, ...rows.map((r) => r.short))),
    mostIdle: Math.round(Math.max(0, ...rows.map((r) => r.idle))),
    peakNeed,
    unlimited: rows.every((r) => r.capacity === null),
  };
}

/** Dwellings needed against available by month, with households short and idle units. */
export function toHousingSeries(projection: Projection): CapacitySeries {
  const { months, housing } = projection.monthly;
  return toSeries(months, housing.householdsNeedingDwelling, housing.available, housing.shortage, housing.idle);
}

/**
 * Programme participants against places by month, with participants waiting and idle places
 * (the introduction programme, integreringsloven 2021). Participants include those waiting for a place.
 */
export function toProgrammeSeries(projection: Projection): CapacitySeries {
  const { months, programme } = projection.monthly;
  const need = months.map((_, t) => (programme.participants[t] ?? 0) + (programme.waiting[t] ?? 0));
  return toSeries(months, need, programme.places, programme.waiting, programme.idlePlaces);
}

/**
 * The two series of a projection, shaped once for the key-figure bar and the charts alike (a
 * result equal to the last one is that very object, so a chart whose series an edit left as they
 * were is not drawn again).
 */
export const housingSeriesOf = memoStableByProjection(toHousingSeries);
export const programmeSeriesOf = memoStableByProjection(toProgrammeSeries);
