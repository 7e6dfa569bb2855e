import { isRecord } from '../lib/is-record';

/**
 * The shape of a translation: the bokmål messages with every leaf optional, strings widened to
 * `string` and functions kept with the same parameters. The translations are typed this way so
 * the build stays green while bokmål strings are being added; tests/i18n/completeness.test.ts
 * fails when a translation lacks a key, so a missing one never reaches a release.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Translation<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Translation<T[K]> }
      : T extends object
        ? { readonly [K in keyof T]?: Translation<T[K]> }
        : T;

/**
 * The bokmål messages with a translation laid over them, key by key: where the translation has
 * no value (or an empty string), the bokmål one shows, never a crash or an empty text.
 */
export function mergeMessages<T extends object>(base: T, over: Translation<T>): T {
  return mergeValue(base, over) as T;
}

function mergeValue(base: unknown, over: unknown): unknown {
  if (over === undefined || over === '') return base;
  if (isRecord(base) && isRecord(over)) {
    return Object.fromEntries(Object.entries(base).map(([key, value]) => [key, mergeValue(value, over[key])]));
  }
  return typeof over === typeof base ? over : base;
}
