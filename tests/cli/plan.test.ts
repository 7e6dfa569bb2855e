import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../cli/render';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const plan = (...args: string[]) => spawnSync(tsx, ['cli/plan.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'plan-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('command-line planner', () => {
  it('given a file with a negative count, then it exits 1 naming the field and the value, without a stack trace', () => {
    const file = write('bad.json', { formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}, {}, { singleAdults: -3 }] });
    const result = plan(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('years[2].singleAdults: must be a whole number ≥ 0, got -3');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(result.stdout).toBe('');
  });

  it('given an unknown municipality code, then it exits 1 and says so', () => {
    const result = plan(write('unknown.json', { formatVersion: 1, municipalityCode: '9999', startYear: 2026, years: [{}] }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('municipalityCode: no municipality has the code "9999"');
  });

  it('given text that is not JSON, then it exits 1 with "not valid JSON"', () => {
    const result = plan(write('broken.json', '{ "formatVersion": 1,'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not valid JSON');
  });

  it('given 10 single adults in 2017 and --format csv, then the AR-1 EV line reads 2 350 000 in 2017 (verified rate)', () => {
    const file = write('ok.json', { formatVersion: 1, municipalityCode: '3303', startYear: 2017, years: [{ singleAdults: 10 }, {}] });
    const result = plan(file, '--format', 'csv');
    expect(result.status).toBe(0);
    const row = result.stdout.split('\n').find((l) => l.startsWith('integrationYear1SingleAdult,'));
    expect(row).toBe('integrationYear1SingleAdult,AR-1 EV,2350000,0,');
    const year2 = result.stdout.split('\n').find((l) => l.startsWith('integrationYear2,'));
    // 2018 AR-2, estimated: 10 × 230 000 × 237 000 / 235 000 (as the single-adult rate grew) = 10 × 231 957.
    expect(year2).toBe('integrationYear2,AR-2,0,2319570,2018');
  });

  it('given the example scenario and the table format, then it prints the municipality and the economy plan', () => {
    const result = plan('examples/kongsberg-2026.json');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Kongsberg (Buskerud), 2026–2035');
    expect(result.stdout).toMatch(/Økonomiplan 2026–2029: tilskudd ≈[\d ]+/);
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
