/**
 * Bundled by `npm run bench:browser` (Vite library build, IIFE) and added to the benchmark's
 * page: times the largest-commitment solver and the sensitivity in the browser, on the
 * reference data the app serves. Not part of the app.
 */
import { defaultScenario, type Scenario } from '../../src/engine';
import { maxCommitment } from '../../src/engine/max-commitment';
import { sensitivity } from '../../src/engine/sensitivity';
import { fetchReferenceBundle } from '../../src/reference/load';

/** Kongsberg, ten years: 100 a year, dwellings and places set, so that both constraints are read. */
function benchScenario(): Scenario {
  const base = defaultScenario('3303', 2026, 10);
  return {
    ...base,
    years: base.years.map((y) => ({ ...y, singleAdults: 30, adultsInFamilies: 35, children: 35, request: 100, programmePlaces: 120 })),
    housing: {
      ...base.housing,
      dwellingsAtStart: 40,
      pipeline: Array.from({ length: 10 }, (_, i) => ({ year: 2026 + i, month: 3, units: 20, leadTimeMonths: 12, acquired: false })),
    },
  };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(runs = 15): Promise<{ solverMedianMs: number; solverRuns: number[]; sensitivityMedianMs: number; perYear: number | null }> {
  const loaded = await fetchReferenceBundle(new URL('/', location.href).href);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const reference = loaded.data.reference;
  const scenario = benchScenario();
  const solverRuns: number[] = [];
  let perYear: number | null = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    perYear = maxCommitment(scenario, reference).perYear;
    solverRuns.push(performance.now() - t0);
  }
  const sensitivityRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    sensitivity(scenario, reference, 0.2);
    sensitivityRuns.push(performance.now() - t0);
  }
  return { solverMedianMs: median(solverRuns), solverRuns, sensitivityMedianMs: median(sensitivityRuns), perYear };
}
