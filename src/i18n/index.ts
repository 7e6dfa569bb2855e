import { nb, type Messages } from './nb';
import { mergeMessages } from './translation';

import type { Locale } from '../lib/locale';

export { LOCALES, type Locale } from '../lib/locale';

/** Each language by its own name, as the language picker shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The picker's label, in both languages so that anyone can find it. */
export const LANGUAGE_LABEL = 'Språk / Language';

/**
 * Bokmål is part of the first screen's JavaScript; nynorsk and English are loaded when chosen
 * (about 22 kB gzipped that a bokmål reader never needs). A string not yet translated shows in
 * bokmål.
 */
const TRANSLATIONS: Readonly<Record<Exclude<Locale, 'nb'>, () => Promise<Messages>>> = {
  nn: async () => mergeMessages(nb, (await import('./nn')).nn),
  en: async () => mergeMessages(nb, (await import('./en')).en),
};

const loaded = new Map<Locale, Messages>([['nb', nb]]);
const pending = new Map<Locale, Promise<Messages>>();
const listeners = new Set<() => void>();

/** A language's strings if they are loaded, else undefined. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded.get(locale);
}

/**
 * A language's strings, loading them once. A failed load (offline, say) is forgotten so that the
 * next call tries again; meanwhile the UI keeps speaking bokmål.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  const have = loaded.get(locale);
  if (have) return Promise.resolve(have);
  let load = pending.get(locale);
  if (!load) {
    load = TRANSLATIONS[locale as Exclude<Locale, 'nb'>]().then((messages) => {
      loaded.set(locale, messages);
      for (const listener of listeners) listener();
      return messages;
    });
    load.catch(() => pending.delete(locale));
    pending.set(locale, load);
  }
  return load;
}

/** Calls `listener` whenever a language finishes loading (for useSyncExternalStore). */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export { nb };
export type { Messages };
