import { parseScenario, parseScenarioText, unknownScenarioFields, type ParseScenarioResult } from '../../src/scenario/parse';

const issuesOf = (result: ParseScenarioResult): string[] => (result.ok ? [] : result.issues);

const minimal = { formatVersion: 1, municipalityCode: '3303', startYear: 2026, years: [{ singleAdults: 3 }] };

describe('scenario file format', () => {
  it('given only the required fields, then every other field gets its default (an assumption)', () => {
    const result = parseScenario(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.years[0]).toEqual({
      singleAdults: 3, adultsInFamilies: 0, children: 0, unaccompaniedMinors: 0,
      highNeedsTier1: 0, highNeedsTier2: 0, request: null, revisedRequest: null, decision: null, decisionMarginPercent: 0, programmePlaces: null,
    });
    expect(result.scenario.composition).toEqual({
      adultsAged60Plus: 0.03, adultsAged18to55: 0.9, childrenAged0to5: 0.35, norwegianTrainingHighRate: 0.5, adultsCollectiveProtection: 0,
    });
    expect(result.scenario.housing.moveOutByYearOfResidence).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(result.scenario.costs.administrationPerYear).toBe(0);
  });

  it.each([
    [{ ...minimal, years: [{}, {}, { singleAdults: -3 }] }, 'years[2].singleAdults: must be a whole number from 0 to 10000, got -3'],
    [{ ...minimal, years: [{ children: 2.5 }] }, 'years[0].children: must be a whole number from 0 to 10000, got 2.5'],
    [{ ...minimal, years: [{ singelAdults: 1 }] }, 'years[0]: unknown field singelAdults'],
    [{ ...minimal, years: Array(16).fill({}) }, 'years: must hold 1 to 15 years, got a list of 16'],
    [{ ...minimal, municipalityCode: '301' }, 'municipalityCode: must be a four-digit municipality code, got "301"'],
    [{ ...minimal, formatVersion: 4 }, 'formatVersion: must be 3, got 4'],
    [{ ...minimal, years: [{ decisionMarginPercent: 150 }] }, 'years[0].decisionMarginPercent: must be a whole number from 0 to 100, got 150'],
    [{ ...minimal, years: [{ revisedRequest: -1 }] }, 'years[0].revisedRequest: must be a whole number from 0 to 10000, got -1'],
    [{ ...minimal, composition: { adultsCollectiveProtection: 2 } }, 'composition.adultsCollectiveProtection: must be a share from 0 to 1, got 2'],
    [{ ...minimal, composition: { adultsAged60Plus: 1.2 } }, 'composition.adultsAged60Plus: must be a share from 0 to 1, got 1.2'],
    [{ ...minimal, startYear: undefined }, 'startYear: must be a whole number from 2000 to 2100, got nothing (the field is missing)'],
  ])('given a bad file, then the issue names the field and the problem: %#', (raw, issue) => {
    const result = parseScenario(raw);
    expect(result.ok ? [] : result.issues).toEqual([issue]);
  });

  it('given an unknown top-level field, then the issue names it', () => {
    expect(issuesOf(parseScenario({ ...minimal, kommentar: 'x' }))).toEqual(['(top level): unknown field kommentar']);
    expect(unknownScenarioFields({ ...minimal, kommentar: 'x', name: 'A' })).toEqual(['kommentar']);
  });

  it('given a value that is not an object, then the issue says it must be a scenario object', () => {
    expect(issuesOf(parseScenario([1]))).toEqual(['(top level): must be a scenario object, got a list of 1']);
  });

  it('given scenario text after a byte-order mark, then it is read', () => {
    expect(parseScenarioText(`\ufeff${JSON.stringify(minimal)}`).ok).toBe(true);
  });

  it('given text that is not JSON, then one issue says so', () => {
    const result = parseScenarioText('{ "formatVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatch(/^not valid JSON: /);
  });
});
