import { describe, expect, it } from 'vitest';
import type { Municipality, NationalRecordYear } from '../../../src/engine';
import { sensitivity } from '../../../src/engine/sensitivity';
import { maxCommitment } from '../../../src/engine/max-commitment';
import { DEFAULT_OPTIONS, needShare, toSimulationInput } from '../../../src/features/predictability';
import { toLargestFinding } from '../../../src/report/largest-series';
import { toRecordSeries } from '../../../src/report/record-series';
import { toTornadoSeries } from '../../../src/report/tornado-series';
import { FLAT_2017, scenario } from '../../builders';

const row = (year: number, request: number, revisedTo: number | null, settled: number | null, settledIsPartial = false): NationalRecordYear => ({
  year, request, revisedTo, decided: null, settled, settledIsPartial, note: '', source: 'test',
});

/** IMDi's national record 2020–2025: requests, revisions, persons settled (2023 and 2024 partial). */
const RECORD = [
  row(2022, 5_500, 35_000, 31_258), row(2020, 5_120, 3_600, 2_819), row(2021, 5_025, 3_790, 4_489),
  row(2023, 35_000, 38_000, 33_000, true), row(2024, 37_000, null, 23_000, true), row(2025, 18_900, null, null),
];

describe('toRecordSeries', () => {
  it('given the record 2020–2025, then rows in year order, partial figures apart, requests from 5 025 to 37 000, 4 years revised', () => {
    const series = toRecordSeries(RECORD);
    expect(series.rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(series.rows[3]).toEqual({ year: 2023, request: 35_000, revised: 38_000, decided: null, settled: null, settledPartial: 33_000 });
    expect(series.rows[2]).toEqual({ year: 2022, request: 5_500, revised: 35_000, decided: null, settled: 31_258, settledPartial: null });
    expect([series.lowestRequest, series.highestRequest, series.revisedYears]).toEqual([5_025, 37_000, 4]);
  });
});

describe('needShare', () => {
  const m = (code: string, population: number): Municipality => ({ code, name: `K${code}`, county: 'Test', population });
  const all = [m('0001', 100), m('0002', 300)];

  it('given no own requests, then the share of the population of all municipalities, as an assumption', () => {
    expect(needShare(all[0], all, [], RECORD)).toEqual({ kind: 'population', share: 0.25, name: 'K0001' });
  });

  it('given own requests for 2024 and 2025, then the mean of own ÷ national request, ignoring a year the record lacks', () => {
    const own = [{ year: 2024, request: 370 }, { year: 2025, request: 567 }, { year: 2030, request: 50 }];
    // 370 / 37 000 = 0.01; 567 / 18 900 = 0.03; mean 0.02.
    const share = needShare(all[0], all, own, RECORD);
    expect(share.kind).toBe('requests');
    expect(share.kind === 'requests' && share.share).toBeCloseTo(0.02, 12);
    expect(share.kind === 'requests' && share.years).toBe(2);
  });

  it('given no municipality and no requests, then the share is missing', () => {
    expect(needShare(undefined, all, [], RECORD)).toEqual({ kind: 'missing' });
  });
});

describe('toSimulationInput', () => {
  it('given a four-year commitment with ±10 % in a ten-year plan, then the engine gets the whole plan, K = 4 and band 0.1', () => {
    const s = scenario(2026, 10);
    const input = toSimulationInput(s, { ...DEFAULT_OPTIONS, commitmentYears: 4, bandPercent: 10, paths: 2_000 });
    expect(input.scenario.years).toHaveLength(10);
    expect(input.options).toMatchObject({ paths: 2_000, seed: 2026, volatility: 1, band: 0.1, commitmentYears: 4, commitmentPerYear: null, dwellingLeadMonths: 12, placeLeadMonths: 4, releaseNoticeMonths: 12 });
  });

  it('given the defaults in a plan that settles persons in its first six years, then the commitment covers those six and the scenario passes unchanged', () => {
    const s = scenario(2026, 10, { years: Array.from({ length: 6 }, () => ({ singleAdults: 5 })) });
    const input = toSimulationInput(s, DEFAULT_OPTIONS);
    expect(input.scenario).toBe(s);
    expect(input.options.commitmentYears).toBe(6);
  });
});

describe('toTornadoSeries', () => {
  const s = scenario(2017, 4, {
    years: [{ singleAdults: 10 }],
    composition: { adultsAged18to55: 0, norwegianTrainingHighRate: 0 },
    costs: { administrationPerYear: 100_000 },
  });

  it('given the sensitivity of 10 single adults (base 7 305 001), then changes from the base, and inputs without effect left out', () => {
    const series = toTornadoSeries(sensitivity(s, FLAT_2017, 0.2));
    expect(series.base).toBe(7_305_001);
    expect(series.rows[0]).toEqual({ input: 'personsSettled', controlled: true, down: -1_541_002, up: 1_540_999, low: 5_763_999, high: 8_846_000 });
    expect(series.rows.find((r) => r.input === 'unitCosts')).toEqual({ input: 'unitCosts', controlled: true, down: 80_000, up: -80_000, low: 7_385_001, high: 7_225_001 });
    expect(series.rows.map((r) => r.input)).not.toContain('moveOut');
  });
});

describe('toLargestFinding', () => {
  it('given no dwellings, no pipeline and no places, then the planner is told to enter capacity', () => {
    const s = scenario(2026, 3, { years: [{ singleAdults: 1 }] });
    expect(toLargestFinding(maxCommitment(s, FLAT_2017), s)).toEqual({ kind: 'noCapacity' });
  });

  it('given 20 dwellings, 12 more in July 2027 and a request of 12, then 10 a year, housing binding from November 2028, beside the request', () => {
    const s = scenario(2026, 3, {
      years: [{ singleAdults: 1, request: 12 }],
      housing: { dwellingsAtStart: 20, pipeline: [{ year: 2026, month: 7, units: 12, leadTimeMonths: 12, acquired: false }], moveOutByYearOfResidence: [0, 0, 0, 0, 0] },
    });
    expect(toLargestFinding(maxCommitment(s, FLAT_2017), s)).toEqual({ kind: 'limit', perYear: 10, binding: 'housing', bindsFrom: '2028-11', request: 12, startYear: 2026, band: 0 });
  });
});
