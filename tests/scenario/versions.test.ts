import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import { VERSION_LIMITS } from '../../src/scenario/bounds';
import { parseScenarioText } from '../../src/scenario/parse';
import { readScenarioFile, scenarioFileText } from '../../src/scenario/scenario-file';
import { boundVersions, parseVersions, type SavedVersion } from '../../src/scenario/versions';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { mergeMessages } from '../../src/i18n/translation';
import { formatter } from '../../src/lib/format';
import { versionIssueLines } from '../../src/report/version-issues';

const scenario = defaultScenario('3303', 2026, 4);
const version = (id: string, savedAt: string, kind: SavedVersion['kind'] = 'manual'): SavedVersion => ({ id, savedAt, note: `note ${id}`, kind, scenario });
const messages = { unknownMunicipality: (c: string) => `unknown ${c}`, unknownField: (f: string) => `field ${f}`, named: () => ['named'] };
const read = (text: string) => readScenarioFile(text, () => true, '0000', messages);

describe('saved versions as stored and in files', () => {
  it('given no versions, then the file is the scenario as before (format 3, no versions field)', () => {
    expect(JSON.parse(scenarioFileText(scenario))).toEqual(scenario);
  });

  it('given a file with two versions, when it is read, then both come back oldest first with their notes', () => {
    const text = scenarioFileText(scenario, [version('b', '2026-12-03T10:00:00.000Z'), version('a', '2026-12-01T09:30:00.000Z')]);
    const result = read(text);
    expect(result.ok && result.versions.map((v) => [v.id, v.note])).toEqual([
      ['a', 'note a'],
      ['b', 'note b'],
    ]);
  });

  it('given a file with versions, then the command-line reader plans the scenario and ignores them', () => {
    const parsed = parseScenarioText(scenarioFileText(scenario, [version('a', '2026-12-01T09:30:00.000Z')]));
    expect(parsed.ok && parsed.scenario).toEqual(scenario);
  });

  it('given a damaged version, then it is left out with a line naming it and the others and the scenario are kept', () => {
    const damaged = { ...version('x', '2026-12-02T00:00:00.000Z'), scenario: { ...scenario, years: [{ singleAdults: -3 }] } };
    const result = read(JSON.stringify({ ...scenario, versions: [version('a', '2026-12-01T09:30:00.000Z'), damaged, { id: 'y', savedAt: 'i går' }] }));
    expect(result.ok && result.scenario).toEqual(scenario);
    expect(result.ok && result.versions.map((v) => v.id)).toEqual(['a']);
    expect(result.ok && result.versionIssues).toEqual([
      'versions[1].scenario.years[0].singleAdults: must be a whole number from 0 to 10000, got -3',
      'versions[2].savedAt: must be a time in ISO 8601, UTC, got "i går"',
    ]);
    expect(result.ok && versionIssueLines(result.versionProblems, nb, formatter('nb'))).toEqual([
      'Lagret versjon 2: Enslige voksne, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant \u22123).',
      'Lagret versjon 3: Lagret: må være et tidspunkt (ISO 8601, UTC)',
    ]);
    expect(result.ok && versionIssueLines(result.versionProblems, mergeMessages(nb, en), formatter('en'))[1]).toBe('Saved version 3: Saved: must be a time (ISO 8601, UTC)');
  });

  it('given a version of an older format, then its scenario is migrated like any scenario', () => {
    const v1 = { ...scenario, formatVersion: 1, minors: { ageShares: [1, 1, 1] } };
    const result = parseVersions([{ id: 'old', savedAt: '2025-01-01T00:00:00Z', scenario: v1 }]);
    expect(result.versions[0]?.scenario.minors.ageShares).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(result.versions[0]?.kind).toBe('manual');
  });

  it('given versions that are not a list, then one line says so and none are read', () => {
    const read = parseVersions({ a: 1 });
    expect(read.versions).toEqual([]);
    expect(read.issues).toEqual(['versions: must be a list of saved versions']);
    expect(versionIssueLines(read.problems, nb, formatter('nb'))).toEqual(['Lagrede versjoner: må være en liste med lagrede versjoner']);
  });

  it(`given ${VERSION_LIMITS.automatic + 2} automatic and 3 manual versions, then every manual one and the ${VERSION_LIMITS.automatic} newest automatic ones are kept`, () => {
    const automatic = Array.from({ length: VERSION_LIMITS.automatic + 2 }, (_, i) => version(`a${i}`, `2026-01-${String(i + 10)}T00:00:00.000Z`, 'restore'));
    const manual = [version('m0', '2026-01-01T00:00:00.000Z'), version('m1', '2026-01-15T00:00:00.000Z'), version('m2', '2026-02-01T00:00:00.000Z')];
    const kept = boundVersions([...manual.slice(0, 1), ...automatic.slice(0, 5), manual[1]!, ...automatic.slice(5), manual[2]!]).map((v) => v.id);
    expect(kept).toEqual(['m0', 'a2', 'a3', 'a4', 'm1', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'a11', 'm2']);
  });
});
