import { buildKernels, commitmentNeeds, type CommitmentNeeds, type CommitmentRequest, type Kernels, maxCommitment, type NationalRecordYear, type ReferenceData, type Scenario, sensitivity } from '../../engine';
import { toLargestFinding, type LargestFinding } from '../../report/largest-series';
import { toRecordSeries, type RecordSeries } from '../../report/record-series';
import { toTornadoSeries, type TornadoSeries } from '../../report/tornado-series';

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

/** The engine's response to one person settled in each plan year: what the solvers scale. */
const selectKernels: (scenario: Scenario, reference: ReferenceData) => Kernels = memo2(buildKernels);

/** The largest steady commitment the plan's capacity allows with the band, as the screen states it. */
export const selectLargest = (scenario: Scenario, reference: ReferenceData, band = 0): LargestFinding =>
  toLargestFinding(maxCommitment(scenario, reference, selectKernels(scenario, reference), band), scenario, band);

/** The dwellings and places a commitment needs beyond the plan, and by when. */
export const selectNeeds = (scenario: Scenario, reference: ReferenceData, request: CommitmentRequest): CommitmentNeeds =>
  commitmentNeeds(scenario, reference, request, selectKernels(scenario, reference));

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
