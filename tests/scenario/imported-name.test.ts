import { describe, expect, it } from 'vitest';
import { importedName } from '../../src/scenario/scenario-file';

describe('the name of an imported scenario', () => {
  it('given a name not in the list, then it is kept', () => {
    expect(importedName('Alfa', ['Beta'])).toBe('Alfa');
  });

  it('given «Alfa» in the list, then the import is «Alfa (2)», and with that too «Alfa (3)»', () => {
    expect(importedName('Alfa', ['Alfa'])).toBe('Alfa (2)');
    expect(importedName('Alfa', ['Alfa', 'Alfa (2)'])).toBe('Alfa (3)');
  });

  it('given a taken name of 120 characters, then the distinct name is cut to stay within 120', () => {
    const long = 'x'.repeat(120);
    const name = importedName(long, [long]);
    expect(name).toBe(`${'x'.repeat(116)} (2)`);
    expect(name).toHaveLength(120);
  });
});
