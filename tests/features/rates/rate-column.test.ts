import { describe, expect, it } from 'vitest';
import { RATE_PATHS } from '../../../src/engine';
import { nb } from '../../../src/i18n/nb';
import { readRateColumn } from '../../../src/features/rates/rate-column';
import { codeOf, upsertOverride, withoutOverride } from '../../../src/report/rate-rows';

const messages = { ...nb.rates, check: nb.inputs.check };
const column = (figures: readonly string[]) => figures.join('\n');
const all = RATE_PATHS.map((_, i) => String(100_000 + i));

describe('a whole year of rates pasted as a column', () => {
  it('given twenty-one figures, then each becomes the override of its rate in the order listed', () => {
    const read = readRateColumn(column(all), 2027, 'IMDi rundskriv 2027', nb.rates.labels, messages);
    expect(read.ok && read.overrides[0]).toEqual({ year: 2027, rate: 'integration.year1SingleAdult', value: 100000, source: 'IMDi rundskriv 2027' });
    expect(read.ok && read.overrides[19]).toEqual({ year: 2027, rate: 'norwegianTraining.highTotal', value: 100019, source: 'IMDi rundskriv 2027' });
    expect(read.ok && read.overrides[20]).toEqual({ year: 2027, rate: 'norwegianTraining.collectiveProtection', value: 100020, source: 'IMDi rundskriv 2027' });
  });

  it('given twenty figures, then the column is refused and says how many it needs', () => {
    expect(readRateColumn(column(all.slice(1)), 2027, 'x', nb.rates.labels, messages)).toEqual({
      ok: false,
      message: 'Du limte inn 20 tall, men tabellen har 21 satser. Ingenting er endret.',
    });
  });

  it('given a fraction of a krone on line 5, then the column is refused naming the line and the rate', () => {
    const figures = all.map((f, i) => (i === 4 ? '230 000,50' : f));
    expect(readRateColumn(column(figures), 2027, 'x', nb.rates.labels, messages)).toEqual({
      ok: false,
      message: 'Linje 5 (Integreringstilskudd år 2): «230 000,50»: Skriv hele kroner, uten øre. Ingenting er endret.',
    });
  });
});

describe('rate codes and overrides', () => {
  it('given the rate paths, then the IMDi codes are those of docs/model.md#grants, and rates without a code have none', () => {
    expect(codeOf('integration.year1SingleAdult')).toBe('AR-1 EV');
    expect(codeOf('integration.year1Child')).toBe('AR-1 B');
    expect(codeOf('minors.olderBand')).toBe('EMINU');
    expect(codeOf('highNeeds.tier2Cap')).toBe('FHT2');
    expect(codeOf('highNeeds.tier2Threshold')).toBeNull();
    expect(codeOf('norwegianTraining.lowTotal')).toBeNull();
  });

  it('given an override for the same year and rate, then it replaces the old one; removing it leaves the others', () => {
    const a = { year: 2027, rate: 'elderly', value: 1, source: 'a' } as const;
    const b = { year: 2026, rate: 'elderly', value: 2, source: 'b' } as const;
    const list = upsertOverride(upsertOverride([a], b), { ...a, value: 3 });
    expect(list).toEqual([b, { ...a, value: 3 }]);
    expect(withoutOverride(list, 2027, 'elderly')).toEqual([b]);
  });
});
