/**
 * Languages the UI speaks: bokmål (the default), nynorsk and English. Here, below the strings
 * and the store, so that formatting, the strings and the store's choice all name it without a
 * circle; `i18n` re-exports it.
 */
export type Locale = 'nb' | 'nn' | 'en';

export const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];
