import type { Municipality } from '../../engine';
import { foldForSearch } from '../../lib/search';

/** A municipality with its name folded for search, made once per list. */
export interface SearchableMunicipality {
  readonly municipality: Municipality;
  readonly folded: string;
  readonly parts: readonly string[];
}

const collator = new Intl.Collator('nb-NO');

/** The list in Norwegian alphabetical order, names folded for search. */
export function toSearchable(list: readonly Municipality[]): SearchableMunicipality[] {
  return [...list]
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.county, b.county))
    .map((municipality) => {
      const folded = foldForSearch(municipality.name);
      return { municipality, folded, parts: folded.split(/[\s-]+/).filter(Boolean) };
    });
}

/**
 * Municipalities whose name contains every word of the query, forgiving case and diacritics
 * ("kautokeino" finds "Guovdageaidnu - Kautokeino"). Names starting with the query come first
 * ("lev": Levanger before Berlevåg), then names with a part starting with it, then the rest,
 * each in alphabetical order. A query of digits finds municipalities by code ("5612", "56").
 */
export function filterMunicipalities(list: readonly SearchableMunicipality[], query: string): Municipality[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return list.map((s) => s.municipality);
  if (words.length === 1 && /^\d+$/.test(words[0] ?? '')) {
    const digits = words[0] ?? '';
    return list.filter((s) => s.municipality.code.startsWith(digits)).map((s) => s.municipality);
  }
  const first = words[0] ?? '';
  const rank = (s: SearchableMunicipality) => (s.folded.startsWith(first) ? 0 : s.parts.some((p) => p.startsWith(first)) ? 1 : 2);
  return list
    .filter((s) => words.every((word) => s.folded.includes(word)))
    .map((s, order) => ({ s, order, rank: rank(s) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ s }) => s.municipality);
}

/**
 * The one municipality the typed text names exactly (its name, forgiving case and diacritics,
 * or its code), or null when it names none or several (the two Herøy). Leaving the field picks
 * only such a match: what the field shows is what is chosen.
 */
export function exactMatch(list: readonly SearchableMunicipality[], query: string): Municipality | null {
  const folded = foldForSearch(query);
  if (folded === '') return null;
  const matches = list.filter((s) => s.folded === folded || s.municipality.code === folded);
  return matches.length === 1 ? (matches[0]?.municipality ?? null) : null;
}
