import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../src/engine';
import { toHousingSeries, toProgrammeSeries } from '../../../src/report/capacity-series';
import { FLAT_2017, onlyMonth, scenario } from '../../builders';

describe('toHousingSeries', () => {
  // 12 single adults in March 2017, no one moves out; 5 dwellings at start, 10 more ordered in
  // January with 6 months' lead time, so ready in July.
  const projection = projectScenario(
    scenario(2017, 2, {
      years: [{ singleAdults: 12 }],
      monthProfile: onlyMonth(3),
      housing: {
        dwellingsAtStart: 5,
        moveOutByYearOfResidence: [0, 0, 0, 0, 0],
        pipeline: [{ year: 2017, month: 1, units: 10, leadTimeMonths: 6, acquired: false }],
      },
    }),
    FLAT_2017,
  );
  const series = toHousingSeries(projection);

  it('given 12 households from March and 5 dwellings until 10 more come in July, then 7 short from March to June and 3 idle from July', () => {
    expect(series.rows[0]).toEqual({ month: '2017-01', need: 0, capacity: 5, short: 0, idle: 5, shortBand: [0, 0], idleBand: [0, 5] });
    expect(series.rows[2]).toEqual({ month: '2017-03', need: 12, capacity: 5, short: 7, idle: 0, shortBand: [5, 12], idleBand: [12, 12] });
    expect(series.rows[6]).toEqual({ month: '2017-07', need: 12, capacity: 15, short: 0, idle: 3, shortBand: [12, 12], idleBand: [12, 15] });
    expect(series.rows.map((r) => r.short)).toEqual([0, 0, 7, 7, 7, 7, ...Array(18).fill(0)]);
  });

  it('given the same, then the finding is a shortage from March 2017, 7 households at worst', () => {
    expect(series.firstShortMonth).toBe('2017-03');
    expect(series.worstShort).toBe(7);
    expect(series.mostIdle).toBe(5);
    expect(series.peakNeed).toEqual({ month: '2017-03', value: 12 });
    expect(series.unlimited).toBe(false);
  });
});

describe('toHousingSeries with expected, fractional households', () => {
  // 3 single adults in 2017, spread evenly over the months: 0.25 a month, no one moves out.
  const threeOverTheYear = (dwellingsAtStart: number) =>
    toHousingSeries(
      projectScenario(
        scenario(2017, 1, {
          years: [{ singleAdults: 3 }],
          housing: { dwellingsAtStart, moveOutByYearOfResidence: [0, 0, 0, 0, 0] },
        }),
        FLAT_2017,
      ),
    );

  it('given no dwellings, then the shortage starts in February, the first month the table shows as 1 (0.25 in January shows as 0), and is 3 at worst', () => {
    const series = threeOverTheYear(0);
    expect(series.rows.slice(0, 3).map((r) => r.short)).toEqual([0.25, 0.5, 0.75]);
    expect(series.firstShortMonth).toBe('2017-02');
    expect(series.worstShort).toBe(3);
  });

  it('given 3 dwellings, then at most 3 stand idle, as the table shows 2.75 in January', () => {
    const series = threeOverTheYear(3);
    expect(series.rows[0]?.idle).toBe(2.75);
    expect(series.mostIdle).toBe(3);
    expect(series.firstShortMonth).toBeNull();
  });
});

describe('toProgrammeSeries', () => {
  const tenInJanuary = (programmePlaces: number | null) =>
    toProgrammeSeries(
      projectScenario(
        scenario(2017, 1, {
          years: [{ singleAdults: 10, programmePlaces }],
          monthProfile: onlyMonth(1),
          composition: { adultsAged18to55: 1 },
          programme: { participation: 1, startLagMonths: 0, durations: [{ months: 48, share: 1 }] },
        }),
        FLAT_2017,
      ),
    );

  it('given 10 participants from January and 6 places, then 4 wait from January and no place is idle', () => {
    const series = tenInJanuary(6);
    expect(series.rows[0]).toEqual({ month: '2017-01', need: 10, capacity: 6, short: 4, idle: 0, shortBand: [6, 10], idleBand: [10, 10] });
    expect(series.firstShortMonth).toBe('2017-01');
    expect(series.worstShort).toBe(4);
    expect(series.unlimited).toBe(false);
  });

  it('given no places set, then no one waits and the series is unlimited with 10 at most', () => {
    const series = tenInJanuary(null);
    expect(series.rows[11]).toEqual({ month: '2017-12', need: 10, capacity: null, short: 0, idle: 0, shortBand: [10, 10], idleBand: [10, 10] });
    expect(series.firstShortMonth).toBeNull();
    expect(series.unlimited).toBe(true);
    expect(series.peakNeed).toEqual({ month: '2017-01', value: 10 });
  });
});
