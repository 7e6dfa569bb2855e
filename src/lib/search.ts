/**
 * Search that forgives case and diacritics on the typed side, so "tromso" finds "Tromsø" and
 * "traante" finds "Trondheim - Tråante"; the names themselves are always shown as written.
 */

/** Letters that Unicode does not decompose but a Norwegian typist may write plainly. */
const PLAIN: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', đ: 'd', ŋ: 'n', ŧ: 't', ß: 'ss' };

/** Lower case, without accents and with ø/æ/đ/ŋ/ŧ spelt plainly. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæđŋŧß]/g, (letter) => PLAIN[letter] ?? letter)
    .trim();
}
