import { formatter } from '../../src/lib/format';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

type Problem = string;

const kindOf = (value: unknown): string =>
  typeof value === 'function'
    ? `function/${(value as (...args: never[]) => unknown).length}`
    : Array.isArray(value)
      ? `array/${value.length}`
      : value === null
        ? 'null'
        : typeof value;

/**
 * Every leaf of bokmål with its path, compared with the translation: the same kind (string,
 * function of the same arity, array of the same length, object), a non-empty value, and no
 * key that bokmål does not have.
 */
function compare(base: unknown, other: unknown, path: string, problems: Problem[]): void {
  if (other === undefined) {
    problems.push(`${path}: missing`);
    return;
  }
  if (kindOf(base) !== kindOf(other)) {
    problems.push(`${path}: bokmål is ${kindOf(base)}, the translation ${kindOf(other)}`);
    return;
  }
  if (typeof base === 'string') {
    if ((other as string).trim() === '') problems.push(`${path}: empty`);
    return;
  }
  if (typeof base === 'object' && base !== null) {
    const baseRecord = base as Record<string, unknown>;
    const otherRecord = other as Record<string, unknown>;
    for (const key of Object.keys(baseRecord)) compare(baseRecord[key], otherRecord[key], `${path}.${key}`, problems);
    for (const key of Object.keys(otherRecord)) if (!(key in baseRecord)) problems.push(`${path}.${key}: not in bokmål`);
  }
}

/** Messages that take structured data rather than text: their sample arguments, by path after the language code. */
const STRUCTURED: Readonly<Record<string, (code: 'nn' | 'en') => unknown[]>> = {
  'predictability.value.sentence': (code) => [
    {
      perYear: 30, perYearVaries: false, firstYear: 2026, lastYear: 2029, band: 0.1, paths: 10_000, placesLimited: true, costsEntered: true, incomeSame: false,
      rows: ['dwellingMonthsShort', 'dwellingMonthsIdle', 'placeMonthsShort', 'placeMonthsIdle', 'mismatchCost', 'income', 'net'].map((metric) => ({ metric, yearly: 3, commitment: 2, difference: 1, p10: 0, p90: 2 })),
    },
    formatter(code),
  ],
};

/** Calls a function message with sample arguments, so an empty or broken result shows. */
function sampleCalls(value: unknown, path: string, problems: Problem[]): void {
  if (typeof value === 'function') {
    const structured = STRUCTURED[path.slice(3)];
    // A digit as text works where a number, a name or a flag is expected.
    const samples = structured ? structured(path.slice(0, 2) as 'nn' | 'en') : Array.from({ length: value.length }, () => '3');
    const result: unknown = (value as (...args: unknown[]) => unknown)(...samples);
    const empty = typeof result === 'string' ? result.trim() === '' : Array.isArray(result) && result.length === 0;
    if (empty) problems.push(`${path}(): empty result`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) sampleCalls(inner, `${path}.${key}`, problems);
  }
}

describe.each([
  ['nynorsk', 'nn', nn],
  ['English', 'en', en],
])('the %s translation', (_name, code, translation) => {
  it(`given every bokmål string, then ${code} has each key, of the same kind, non-empty, and no extra keys`, () => {
    const problems: Problem[] = [];
    compare(nb, translation, code, problems);
    expect(problems).toEqual([]);
  });

  it(`given sample arguments, then every ${code} function gives a non-empty text`, () => {
    const problems: Problem[] = [];
    sampleCalls(translation, code, problems);
    expect(problems).toEqual([]);
  });
});
