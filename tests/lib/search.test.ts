import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/lib/search';

describe('foldForSearch', () => {
  it.each([
    ['Trondheim - Tråante', 'trondheim - traante'],
    ['Tromsø', 'tromso'],
    ['Unjárga - Nesseby', 'unjarga - nesseby'],
    ['Deatnu - Tana', 'deatnu - tana'],
    ['Kárášjohka - Karasjok', 'karasjohka - karasjok'],
    ['Porsanger - Porsáŋgu - Porsanki', 'porsanger - porsangu - porsanki'],
    ['Bærum', 'baerum'],
  ])('given "%s", then it folds to "%s"', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});
