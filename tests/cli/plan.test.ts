import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../cli/render';
import { runPlan } from '../../cli/run-plan';

/** The planner run in this process (cli/run-plan.ts): what it prints and its exit status. */
const plan = (...args: string[]) => runPlan(args);
const dir = mkdtempSync(join(tmpdir(), 'plan-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('command-line planner', () => {
  it('given a file with a negative count, as a process (npm run plan), then it exits 1 naming the field and the value, without a stack trace', () => {
    // The one case started as a process (about a second on a quiet machine): the exit status and the two streams are the process's own.
    const file = write('bad.json', { formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}, {}, { singleAdults: -3 }] });
    const result = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['cli/plan.ts', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('years[2].singleAdults (Enslige voksne, 2028): must be a whole number from 0 to 10000, got -3');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(result.stdout).toBe('');
  }, 30_000);

  it('given a scenario file, as a process, then it exits 0 and prints the plan', () => {
    const result = spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['cli/plan.ts', 'examples/kongsberg-2026.json'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Kongsberg (Buskerud), 2026–2035');
  }, 30_000);

  it('given a file with a negative count, then the run ends 1 naming the field and the value, with nothing on standard output', async () => {
    const file = write('bad.json', { formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}, {}, { singleAdults: -3 }] });
    const result = await plan(file);
    expect(result).toEqual({ status: 1, stdout: '', stderr: expect.stringContaining('years[2].singleAdults (Enslige voksne, 2028): must be a whole number from 0 to 10000, got -3') as string });
  });

  it('given an unknown municipality code, then it exits 1 and says so', async () => {
    const result = await plan(write('unknown.json', { formatVersion: 1, municipalityCode: '9999', startYear: 2026, years: [{}] }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('municipalityCode: no municipality has the code "9999"');
  });

  it('given a file that starts with a byte-order mark, as the app imports, then it is planned', async () => {
    const file = write('bom.json', `\ufeff${JSON.stringify({ formatVersion: 1, municipalityCode: '3303', startYear: 2017, years: [{ singleAdults: 10 }] })}`);
    const result = await plan(file, '--format', 'csv');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').find((l) => l.startsWith('integrationYear1SingleAdult,'))).toBe('integrationYear1SingleAdult,AR-1 EV,2350000,');
  });

  it('given a file over 1 MB, as the app refuses, then it exits 1 and says so', async () => {
    const big = write('big.json', `{"formatVersion": 1, "name": "${'x'.repeat(1_000_001)}"}`);
    const result = await plan(big);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('big.json: the file is larger than 1 MB and is not a scenario file');
  });

  it('given an unknown top-level field, then it exits 1 naming the field', async () => {
    const result = await plan(write('extra.json', { formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}], kommentar: 'x' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(top level): unknown field kommentar');
  });

  it('given a scenario with no municipality chosen (0000), then it exits 1 and says to choose one', async () => {
    const result = await plan(write('none.json', { formatVersion: 1, municipalityCode: '0000', startYear: 2026, years: [{}] }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('municipalityCode: no municipality chosen ("0000"); choose one in the app, or write its four-digit 2024 code');
  });

  it('given text that is not JSON, then it exits 1 with "not valid JSON"', async () => {
    const result = await plan(write('broken.json', '{ "formatVersion": 1,'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not valid JSON');
  });

  it('given 10 single adults in 2017 and --format csv, then the AR-1 EV line reads 2 350 000 in 2017 (verified rate)', async () => {
    const file = write('ok.json', { formatVersion: 1, municipalityCode: '3303', startYear: 2017, years: [{ singleAdults: 10 }, {}] });
    const result = await plan(file, '--format', 'csv');
    expect(result.status).toBe(0);
    const row = result.stdout.split('\n').find((l) => l.startsWith('integrationYear1SingleAdult,'));
    expect(row).toBe('integrationYear1SingleAdult,AR-1 EV,2350000,0,');
    const year2 = result.stdout.split('\n').find((l) => l.startsWith('integrationYear2,'));
    // 2018 AR-2, estimated: 10 × 230 000 × 237 000 / 235 000 (as the single-adult rate grew) = 10 × 231 957.
    expect(year2).toBe('integrationYear2,AR-2,0,2319570,2018');
  });

  it('given the example scenario and the table format, then it prints the municipality and the economy plan', async () => {
    const result = await plan('examples/kongsberg-2026.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Kongsberg (Buskerud), 2026–2035');
    expect(result.stdout).toMatch(/Økonomiplan 2026–2029: tilskudd ≈[\d ]+/);
  });

  it('given the same scenario as a version 1 and a version 2 file, then it prints the same json for both', async () => {
    const v1 = await plan('tests/scenario/fixtures/kongsberg-2026-v1.json', '--format', 'json');
    const v2 = await plan('examples/kongsberg-2026.json', '--format', 'json');
    expect(v1.status).toBe(0);
    expect(v1.stdout).toBe(v2.stdout);
  });

  it('given 8 dwellings bought at 3 500 000 kr with Husbanken\'s grant, then the table and the csv carry the investment budget', async () => {
    // Ready March 2027: 8 × 3 500 000 = 28 000 000; grant 8 × 680 000 (zone «other») = 5 440 000; net 22 560 000.
    const file = write('buy.json', {
      formatVersion: 2, municipalityCode: '3303', startYear: 2026, years: [{}, {}, {}],
      housing: { pipeline: [{ year: 2026, month: 3, units: 8, leadTimeMonths: 12, acquired: true }], husbankenGrant: true },
      costs: { acquisitionCostPerUnit: 3_500_000 },
    });
    const table = await plan(file);
    expect(table.stdout).toContain('Investeringsbudsjett 2026–2028 (utenfor driftsbudsjettet): 8 boliger kjøpt eller bygget.');
    expect(table.stdout).toContain('Kjøp og bygging av boliger: 2027 28 000 000; økonomiplan 28 000 000, hele perioden 28 000 000');
    expect(table.stdout).toContain('Netto investering: 2027 22 560 000; økonomiplan 22 560 000, hele perioden 22 560 000');
    const csv = (await plan(file, '--format', 'csv')).stdout.split('\n');
    expect(csv).toContain('acquisition,,0,28000000,0,');
    expect(csv).toContain('husbankenGrant,,0,5440000,0,');
    expect(csv).toContain('netInvestment,,0,22560000,0,');
    const json = JSON.parse((await plan(file, '--format', 'json')).stdout) as { projection: { capital: { net: number[] } } };
    expect(json.projection.capital.net).toEqual([0, 22_560_000, 0]);
  });

  it('given a format 3 file with a request revised in the year, a decision of 8 with up to 20 % more and 10 settled, then the table shows 1 beyond the decision and the json the revision', async () => {
    // ⌊8 × 1,2⌋ = 9 allowed, 10 settled: 1 beyond.
    const file = write('flows.json', {
      formatVersion: 3, municipalityCode: '3303', startYear: 2026,
      years: [{ singleAdults: 10, request: 6, revisedRequest: 8, decision: 8, decisionMarginPercent: 20 }, {}],
      composition: { adultsCollectiveProtection: 0.5 },
    });
    const table = await plan(file);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^Bosatt utover vedtaket \(med «inntil %»\)\s+1\s+0$/m);
    const json = JSON.parse((await plan(file, '--format', 'json')).stdout) as { scenario: { years: { revisedRequest: number | null }[]; composition: { adultsCollectiveProtection: number } } };
    expect(json.scenario.years[0]?.revisedRequest).toBe(8);
    expect(json.scenario.composition.adultsCollectiveProtection).toBe(0.5);
  });

  it.each([
    [[], 'no scenario file given'],
    [['a.json', '--format', 'xml'], '--format must be one of table, json, csv, got "xml"'],
    [['a.json', '--format'], '--format needs a value'],
    [['a.json', '--verbose'], 'unknown option "--verbose"'],
    [['a.json', 'b.json'], 'only one scenario file, got "a.json" and "b.json"'],
  ])('given the arguments %j, then the error is "%s"', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error });
  });
});
