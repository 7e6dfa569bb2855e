/**
 * `npm run bench`: the engine's time for a 15-year monthly scenario of a large municipality
 * (1 000 persons a year, every type, capacity set, reunification on). Target (issue 13):
 * median ≤ 0.1 ms, reported beside a floor measured in the same run, so that a loaded machine
 * shows in both: a plain loop with one multiply-add per number the projection returns.
 */
import { Bench } from 'tinybench';
import { defaultScenario, projectScenario, type Scenario } from '../src/engine';
import { maxCommitment } from '../src/engine/max-commitment';
import { buildKernels } from '../src/engine/predictability/kernel';
import { DEFAULT_SIMULATION, simulate } from '../src/engine/predictability/simulate';
import { readReferenceBundleFromDisk } from '../src/reference/load-node';

const loaded = await readReferenceBundleFromDisk('public/data');
if (!loaded.ok) {
  console.error(loaded.errors.join('\n'));
  process.exit(1);
}
const reference = loaded.data.reference;

const base = defaultScenario('4601', 2026, 15);
const large: Scenario = {
  ...base,
  name: 'Large municipality, 1 000 a year for 15 years',
  years: base.years.map((y, i) => ({
    ...y,
    singleAdults: 280,
    adultsInFamilies: 330,
    children: 330,
    unaccompaniedMinors: 60,
    highNeedsTier1: 10,
    highNeedsTier2: 5,
    request: 950,
    decision: 1000,
    programmePlaces: 900 + i * 20,
  })),
  highNeedsTier2DocumentedCost: 800_000,
  housing: {
    ...base.housing,
    dwellingsAtStart: 600,
    pipeline: Array.from({ length: 15 }, (_, i) => ({ year: 2026 + i, month: 3, units: 250, leadTimeMonths: 12, acquired: i % 2 === 0 })),
    releases: [{ year: 2035, month: 6, units: 100 }],
    husbankenGrant: true,
  },
  costs: {
    ...base.costs,
    programmeCostPerPlaceYear: 90_000,
    housingNetCostPerUnitMonth: 3_000,
    idleUnitCostPerMonth: 9_000,
    emergencyHousingPremiumPerHouseholdMonth: 20_000,
    socialAssistanceByYearOfResidence: [60_000, 40_000, 25_000, 15_000, 10_000],
    careCostPerMinorYear: 400_000,
    administrationPerYear: 5_000_000,
    acquisitionCostPerUnit: 3_500_000,
  },
};
const delayed: Scenario = { ...large, housing: { ...large.housing, delaySettlementWithoutDwelling: true } };

const record = loaded.data.nationalRecord.years;
const tenYears: Scenario = { ...large, years: large.years.slice(0, 10) };

// The projection's floor: one multiply-add per number the projection returns (its monthly
// series, yearly lines, persons and budget), in a plain loop over a typed array.
const countNumbers = (x: unknown): number =>
  typeof x === 'number' ? 1 : x !== null && typeof x === 'object' ? Object.values(x).reduce<number>((n, v) => n + countNumbers(v), 0) : 0;
const projectionCells = countNumbers(projectScenario(large, reference));
const cells = new Float64Array(projectionCells);
let cellSink = 0;
const FLOOR = 'floor: one multiply-add per number of the projection';

const bench = new Bench({ time: 3000, warmupTime: 500 });
bench
  .add(FLOOR, () => {
    let sum = 0;
    for (let i = 0; i < projectionCells; i++) {
      const x = (cells[i] ?? 0) * 0.5 + i;
      cells[i] = x;
      sum += x;
    }
    cellSink += sum;
  })
  .add('projectScenario: 15 years monthly, 1 000 persons/year', () => {
    projectScenario(large, reference);
  })
  .add('projectScenario: same, settlement delayed until a dwelling is free', () => {
    projectScenario(delayed, reference);
  });
await bench.run();

// The simulation and the solver: few runs, each long, so timed directly (median of 7 and 15).
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const timed = (runs: number, f: () => void) =>
  median(Array.from({ length: runs }, () => {
    const t = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  }));
const simulation = timed(7, () => simulate(tenYears, reference, record, { ...DEFAULT_SIMULATION }));
// The floor beside it, in the same run: one multiply-add per path, month and each of the four
// month-by-month series a path needs (need and capacity of dwellings and places), plain loops
// over typed arrays; the simulation's ratio to it says how much more than touching each cell it does.
const floorCells = new Float64Array(120);
const floorKernel = new Float64Array(120).fill(1.5);
let floorSink = 0;
const simulationFloor = timed(7, () => {
  for (let p = 0; p < 10_000; p++) {
    for (let series = 0; series < 4; series++) {
      for (let m = 0; m < 120; m++) {
        floorCells[m] = (floorCells[m] ?? 0) + (floorKernel[m] ?? 0) * series;
        floorSink += floorCells[m] ?? 0;
      }
    }
  }
});
const solver = timed(15, () => maxCommitment(tenYears, reference));
const kernels = buildKernels(tenYears, reference);
const solverWithKernels = timed(15, () => maxCommitment(tenYears, reference, kernels));

console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
const floorResult = bench.tasks.find((task) => task.name === FLOOR)?.result;
const floor = floorResult?.state === 'completed' ? floorResult.latency.p50 : NaN;
for (const task of bench.tasks) {
  const r = task.result;
  if (!r || r.state !== 'completed') {
    console.log(`${task.name}: no result (${r?.state ?? 'not run'})`);
    continue;
  }
  const { latency } = r;
  if (task.name === FLOOR) {
    console.log(`${task.name} (${projectionCells} cells)\n  median ${(latency.p50 * 1000).toFixed(2)} µs over ${latency.samplesCount} runs${cellSink === 0 ? '' : ''}`);
    continue;
  }
  console.log(
    `${task.name}\n  median ${latency.p50.toFixed(3)} ms, floor ${(floor * 1000).toFixed(2)} µs, ratio ${(latency.p50 / floor).toFixed(0)}×; p99 ${latency.p99.toFixed(3)} ms, mean ${latency.mean.toFixed(3)} ms over ${latency.samplesCount} runs — target median ≤ 0.1 ms: ${latency.p50 <= 0.1 ? 'met' : 'NOT met'}`,
  );
}
console.log(
  `simulate: 10 000 paths, 10 years, both modes (Node, one thread)\n  median ${simulation.toFixed(0)} ms of 7 runs — target < 1 000 ms: ${simulation < 1000 ? 'met' : 'NOT met'}; floor (a multiply-add per path, month and series) ${simulationFloor.toFixed(1)} ms, ratio ${(simulation / simulationFloor).toFixed(1)}×${floorSink === 0 ? '' : ''}`,
);
console.log(
  `maxCommitment: largest steady commitment, 10 years\n  median ${solver.toFixed(1)} ms of 15 runs (${solverWithKernels.toFixed(2)} ms with kernels already built) — target < 100 ms: ${solver < 100 ? 'met' : 'NOT met'}`,
);
