import lzString from 'lz-string';
import { defaultScenario, EMPTY_YEAR, type Scenario } from '../engine';
import { parseScenario, rawStartYear } from './parse';
import type { IssueFound } from '../lib/zod-issues';

/**
 * The whole scenario in a link: the scenario file format as JSON, compressed with lz-string
 * into URL-safe text, behind `#/delt?s=`. Reading a link goes through the same validation as a
 * file, so a damaged or edited link gives a message, never a crash.
 */

/** Longest link we hand out: mail programs and chat apps cut longer ones. */
export const MAX_LINK_LENGTH = 8_000;

export const SHARE_ROUTE = 'delt';

export type ShareLinkResult = { ok: true; url: string } | { ok: false; reason: 'too-long'; length: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The scenario without what the format fills in by itself: sections equal to the defaults and
 * year fields equal to an empty year. Reading it back restores them, so the link is shorter.
 */
export function compact(scenario: Scenario): Record<string, unknown> {
  const defaults = defaultScenario(scenario.municipalityCode, scenario.startYear, scenario.years.length) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scenario)) {
    if (key === 'years') {
      out.years = scenario.years.map((year) =>
        Object.fromEntries(Object.entries(year).filter(([field, v]) => !same(v, EMPTY_YEAR[field as keyof typeof EMPTY_YEAR]))),
      );
    } else if (['formatVersion', 'municipalityCode', 'startYear', 'name'].includes(key) || !same(value, defaults[key])) {
      out[key] = value;
    }
  }
  return out;
}

/** The link to `scenario` from `base` (the app's address without its hash). */
export function shareLink(scenario: Scenario, base: string): ShareLinkResult {
  const url = `${base}#/${SHARE_ROUTE}?s=${lzString.compressToEncodedURIComponent(JSON.stringify(compact(scenario)))}`;
  return url.length <= MAX_LINK_LENGTH ? { ok: true, url } : { ok: false, reason: 'too-long', length: url.length };
}

export type ReadShareResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; reason: 'missing' | 'damaged' }
  | { ok: false; reason: 'invalid'; issues: string[]; found: readonly IssueFound[]; startYear: number };

/** Reads the scenario from a link's hash (`#/delt?s=…`). */
export function readShareLink(hash: string): ReadShareResult {
  const query = hash.split('?')[1] ?? '';
  const packed = new URLSearchParams(query).get('s');
  if (!packed) return { ok: false, reason: 'missing' };
  let text: string | null;
  try {
    text = lzString.decompressFromEncodedURIComponent(packed);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, reason: 'damaged' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const parsed = parseScenario(raw);
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario }
    : { ok: false, reason: 'invalid', issues: parsed.issues, found: parsed.found, startYear: rawStartYear(raw) };
}
