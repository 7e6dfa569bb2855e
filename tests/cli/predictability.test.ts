import { parseArgs } from '../../cli/render';
import { runPlan } from '../../cli/run-plan';

/** The planner run in this process (cli/run-plan.ts; tests/cli/plan.test.ts starts it as a process too). */
const plan = (...args: string[]) => runPlan(args);

interface Output {
  plannedPerYear: number[];
  commitment: { settledMean: number[] };
  yearly: { settledMean: number[] };
  value: { kroner: number; units: Record<string, number | null> };
  sentence: string;
}

describe('the command-line planner with --predictability', () => {
  it('given the example and volatility 0, then both modes settle the plan\'s level (the decisions, else the requests, else the persons) and the value is 0', async () => {
    const result = await plan('examples/kongsberg-2026.json', '--predictability', '--paths', '220', '--volatility', '0', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    // 2026–2027: decision 40; 2028–2029: request 40; 2030–2031: 6 + 7 + 7 persons; then none.
    expect(out.plannedPerYear).toEqual([40, 40, 40, 40, 20, 20, 0, 0, 0, 0]);
    expect(out.yearly.settledMean).toEqual(out.plannedPerYear);
    expect(out.commitment.settledMean).toEqual(out.plannedPerYear);
    expect(out.value.kroner).toBe(0);
    expect(out.value.units).toEqual({ householdMonthsInTemporaryHousing: 0, emptyDwellingMonths: 0, participantMonthsWaiting: 0, emptyPlaceMonths: 0 });
    expect(out.sentence).toMatch(/^Med en avtale om planens tall \(i snitt 33 i året\) i 2026–2031 og kapasiteten i planen: ingen endring i husstandsmåneder i midlertidig bolig/);
  });

  it('given the example at the record\'s volatility, then the yearly mode\'s mean per year is the plan\'s (220 paths: every drawn pair twice)', async () => {
    const out = JSON.parse((await plan('examples/kongsberg-2026.json', '--predictability', '--paths', '220', '--seed', '3', '--format', 'json')).stdout) as Output;
    expect(out.yearly.settledMean).toEqual([40, 40, 40, 40, 20, 20, 0, 0, 0, 0]);
    expect(out.value.units.householdMonthsInTemporaryHousing).not.toBe(0);
  });

  it('given a volatility out of range, a flag without --predictability or csv, then a sentence, not a run', () => {
    expect(parseArgs(['a.json', '--predictability', '--volatility', '4'])).toEqual({ ok: false, error: '--volatility must be a number from 0 to 3, got "4"' });
    expect(parseArgs(['a.json', '--paths', '100'])).toEqual({ ok: false, error: '--paths need --predictability' });
    expect(parseArgs(['a.json', '--predictability', '--format', 'csv'])).toEqual({ ok: false, error: '--predictability prints table or json, not csv' });
    expect(parseArgs(['a.json', '--predictability', '--band', '0.1'])).toMatchObject({ ok: true, predictability: { paths: 10_000, seed: 2026, volatility: 1, band: 0.1, commitment: null, years: null } });
  });
});
