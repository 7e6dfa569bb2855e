import { nb, type Messages } from './nb';

/** Languages the UI can speak; nynorsk ('nn') and English ('en') follow. */
export type Locale = 'nb';

export const LOCALES: readonly Locale[] = ['nb'];

export const MESSAGES: Readonly<Record<Locale, Messages>> = { nb };

export type { Messages };
