import type { NationalRecordYear, ReferenceData, Scenario } from '../../engine';
import { maxCommitment } from '../../engine/max-commitment';
import { sensitivity } from '../../engine/sensitivity';
import { toLargestFinding, type LargestFinding } from './largest-series';
import { toRecordSeries, type RecordSeries } from './record-series';
import { toTornadoSeries, type TornadoSeries } from './tornado-series';

/** A function of two objects memoised on both identities (the store keeps inputs immutable). */
function memo2<A extends object, B extends object, T>(fn: (a: A, b: B) => T): (a: A, b: B) => T {
  const cache = new WeakMap<B, WeakMap<A, T>>();
  return (a, b) => {
    let byA = cache.get(b);
    if (!byA) {
      byA = new WeakMap();
      cache.set(b, byA);
    }
    if (byA.has(a)) return byA.get(a) as T;
    const value = fn(a, b);
    byA.set(a, value);
    return value;
  };
}

/** The largest steady commitment the plan's capacity allows, as the screen states it. */
export const selectLargest: (scenario: Scenario, reference: ReferenceData) => LargestFinding = memo2((scenario, reference) =>
  toLargestFinding(maxCommitment(scenario, reference), scenario),
);

/** Sensitivity of the four-year net to each input moved ±20 % (issue 5 item 5). */
export const SENSITIVITY_CHANGE = 0.2;
export const selectTornado: (scenario: Scenario, reference: ReferenceData) => TornadoSeries = memo2((scenario, reference) =>
  toTornadoSeries(sensitivity(scenario, reference, SENSITIVITY_CHANGE)),
);

const records = new WeakMap<readonly NationalRecordYear[], RecordSeries>();
export function selectRecord(record: readonly NationalRecordYear[]): RecordSeries {
  let series = records.get(record);
  if (!series) {
    series = toRecordSeries(record);
    records.set(record, series);
  }
  return series;
}
