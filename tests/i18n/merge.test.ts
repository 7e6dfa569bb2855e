import { describe, expect, it, vi } from 'vitest';
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

  it('given the app messages, then bokmål of the first screen is there at once, nynorsk and English load on demand, and each other screen’s strings with it', async () => {
    // The strings' modules as a page load finds them, whatever an earlier test file of this worker loaded (files share modules, see vite.config.ts).
    vi.resetModules();
    const { loadMessages, loadSections, loadedMessages } = await import('../../src/i18n');
    const { nb } = await import('../../src/i18n/nb');
    const first = loadedMessages('nb');
    for (const section of ['nav', 'app', 'editor', 'forecast', 'chartFrame', 'inputs', 'forecastCharts', 'workspace'] as const) expect(first?.[section]).toBe(nb[section]);
    expect(first).not.toHaveProperty('predictability');
    expect(loadedMessages('en')).toBeUndefined();
    expect((await loadMessages('nn')).nav.rates).toBe('Satsar');
    expect((await loadMessages('en')).nav.rates).toBe('Rates');
    expect(loadedMessages('en')?.nav.rates).toBe('Rates');

    // A screen's sections come in bokmål and in every language asked for.
    await loadSections(['predictability', 'compare']);
    expect(loadedMessages('nb')?.predictability).toBe(nb.predictability);
    expect(loadedMessages('nb')?.compare).toBe(nb.compare);
    expect(loadedMessages('nb')?.nav).toBe(nb.nav);
    expect(loadedMessages('en')?.compare.heading).toBe('Compare scenarios');
    expect(loadedMessages('nn')?.compare.heading).not.toBe(nb.compare.heading);
    expect(loadedMessages('en')).not.toHaveProperty('meeting');
  });
});
