import { describe, expect, it } from 'vitest';
import { loadMessages, loadedMessages } from '../../src/i18n';
import { nb } from '../../src/i18n/nb';
import { mergeMessages } from '../../src/i18n/translation';

const base = {
  title: 'Tilskudd',
  count: (n: number) => `${n} kommuner`,
  nested: { a: 'A', b: 'B' },
  list: ['én', 'to'] as const,
};

describe('mergeMessages', () => {
  it('given a translation without a key, then that key shows bokmål and the others the translation', () => {
    const merged = mergeMessages(base, { title: 'Grants', nested: { a: 'Ay' } });
    expect(merged.title).toBe('Grants');
    expect(merged.nested).toEqual({ a: 'Ay', b: 'B' });
    expect(merged.count(3)).toBe('3 kommuner');
    expect(merged.list).toEqual(['én', 'to']);
  });

  it('given an empty string in a translation, then bokmål shows instead of an empty text', () => {
    expect(mergeMessages(base, { title: '' }).title).toBe('Tilskudd');
  });

  it('given translated functions and lists, then they replace the bokmål ones', () => {
    const merged = mergeMessages(base, { count: (n) => `${n} municipalities`, list: ['one', 'two'] });
    expect(merged.count(2)).toBe('2 municipalities');
    expect(merged.list).toEqual(['one', 'two']);
  });

  it('given the app messages, then bokmål is there at once and nynorsk and English load on demand', async () => {
    expect(loadedMessages('nb')).toBe(nb);
    expect(loadedMessages('en')).toBeUndefined();
    expect((await loadMessages('nn')).nav.rates).toBe('Satsar');
    expect((await loadMessages('en')).nav.rates).toBe('Rates');
    expect(loadedMessages('en')?.nav.rates).toBe('Rates');
  });
});
