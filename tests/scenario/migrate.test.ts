import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectScenario } from '../../src/engine';
import { parseScenario, parseScenarioText } from '../../src/scenario/parse';
import { FLAT_2017 } from '../builders';

const read = (path: string) => readFileSync(join(__dirname, '..', '..', path), 'utf8');

describe('scenario format version 1 → 2', () => {
  it('given a version 1 file with ages 15/16/17 weighted 1/2/3, then it opens (as version 3) with those weights last and 0 for ages 6–14', () => {
    const result = parseScenario({ formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}], minors: { ageShares: [1, 2, 3] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.formatVersion).toBe(3);
    expect(result.scenario.minors.ageShares).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
  });

  it('given a version 1 file without ages, then the version 2 default is 15–17 evenly', () => {
    const result = parseScenario({ formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}] });
    expect(result.ok && result.scenario.minors.ageShares).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('given the version 1 example of Kongsberg and its version 2 copy, then both open and project the same', () => {
    const v1 = parseScenarioText(read('tests/scenario/fixtures/kongsberg-2026-v1.json'));
    const v2 = parseScenarioText(read('tests/scenario/fixtures/kongsberg-2026-v2.json'));
    expect(v1.ok && v2.ok).toBe(true);
    if (!v1.ok || !v2.ok) return;
    expect(v1.scenario).toEqual(v2.scenario);
    expect(projectScenario(v1.scenario, FLAT_2017).budget).toEqual(projectScenario(v2.scenario, FLAT_2017).budget);
  });

  it('given a version 2 file with three age weights, then the issue names the field and the ages', () => {
    const result = parseScenario({ formatVersion: 2, municipalityCode: '3303', startYear: 2026, years: [{}], minors: { ageShares: [1, 1, 1] } });
    expect(result.ok ? [] : result.issues).toEqual(['minors.ageShares: must hold 12 weights, ages 6–17, got a list of 3']);
  });

  it('given a version 1 file with an unknown field, then it is still refused', () => {
    const result = parseScenario({ formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{}], minor: {} });
    expect(result.ok ? [] : result.issues).toEqual(['(top level): unknown field minor']);
  });
});

describe('scenario format version 2 → 3', () => {
  const v2Text = read('tests/scenario/fixtures/kongsberg-2026-v2.json');

  it('given the version 2 example of Kongsberg, then it opens as version 3 with no revision, no margin and no one under collective protection', () => {
    const result = parseScenarioText(v2Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.formatVersion).toBe(3);
    expect(result.scenario.years.map((y) => [y.revisedRequest, y.decisionMarginPercent])).toEqual(Array.from({ length: 10 }, () => [null, 0]));
    expect(result.scenario.composition.adultsCollectiveProtection).toBe(0);
  });

  it('given the version 2 example and the version 3 example, then they open as the same scenario with the same projection', () => {
    const v2 = parseScenarioText(v2Text);
    const v3 = parseScenarioText(read('examples/kongsberg-2026.json'));
    expect(v2.ok && v3.ok).toBe(true);
    if (!v2.ok || !v3.ok) return;
    expect(v3.scenario).toEqual(v2.scenario);
    expect(projectScenario(v2.scenario, FLAT_2017)).toEqual(projectScenario(v3.scenario, FLAT_2017));
  });

  it('given a version 2 file that names a field version 3 added, then the field is read (the migration only raises the version)', () => {
    const result = parseScenario({ formatVersion: 2, municipalityCode: '3303', startYear: 2026, years: [{ request: 10, revisedRequest: 12 }] });
    expect(result.ok && result.scenario.years[0]?.revisedRequest).toBe(12);
  });
});
