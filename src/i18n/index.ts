import type { Messages } from './nb';
import { core } from './nb-core';
import { forecastCharts } from './nb-forecast-charts';
import { inputs } from './nb-inputs';
import { workspace } from './nb-workspace';
import { mergeMessages, type Translation } from './translation';

import { LOCALES, type Locale } from '../lib/locale';

export { LOCALES, type Locale } from '../lib/locale';

/** Each language by its own name, as the language picker shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The picker's label, in both languages so that anyone can find it. */
export const LANGUAGE_LABEL = 'Språk / Language';

/**
 * The strings of the screens other than the plan, by section of `Messages`: each is loaded, in
 * bokmål and in the language chosen, when a screen that shows it is opened (`loadSections`), so
 * that the first screen's JavaScript carries only its own strings (scripts/bundle-size.mjs).
 */
export type LazySection = 'predictability' | 'rates' | 'circular' | 'compare' | 'meeting' | 'budgetSummary' | 'planInputs' | 'sharedLink' | 'councilDraft' | 'versions';

type Translated = Exclude<Locale, 'nb'>;
type FirstMessages = Omit<Messages, LazySection>;
type Sections = { -readonly [S in LazySection]?: Messages[S] };
type TranslatedSections = { -readonly [S in LazySection]?: Translation<Messages[S]> };

/** Bokmål of the first screen: part of its JavaScript. A section added to nb.ts must go here or in LazySection. */
const NB_FIRST: FirstMessages = { ...core, inputs, forecastCharts, workspace };

/** Nynorsk and English of the first screen, loaded when chosen (about 10 kB gzipped each that a bokmål reader never needs). */
const FIRST: Readonly<Record<Translated, () => Promise<Translation<FirstMessages>>>> = {
  nn: async () => (await import('./nn/first')).first,
  en: async () => (await import('./en/first')).first,
};

const NB_SECTIONS: { readonly [S in LazySection]: () => Promise<Messages[S]> } = {
  predictability: async () => (await import('./nb-predictability')).predictability,
  rates: async () => (await import('./nb-rates')).rates,
  circular: async () => (await import('./nb-circular')).circular,
  compare: async () => (await import('./nb-compare')).compare,
  meeting: async () => (await import('./nb-meeting')).meeting,
  budgetSummary: async () => (await import('./nb-budget-summary')).budgetSummary,
  planInputs: async () => (await import('./nb-plan-inputs')).planInputs,
  sharedLink: async () => (await import('./nb-shared-link')).sharedLink,
  councilDraft: async () => (await import('./nb-council-draft')).councilDraft,
  versions: async () => (await import('./nb-versions')).versions,
};

const SECTIONS: Readonly<Record<Translated, { readonly [S in LazySection]: () => Promise<Translation<Messages[S]>> }>> = {
  nn: {
    predictability: async () => (await import('./nn/predictability')).predictability,
    rates: async () => (await import('./nn/rates')).rates,
    circular: async () => (await import('./nn/circular')).circular,
    compare: async () => (await import('./nn/compare')).compare,
    meeting: async () => (await import('./nn/meeting')).meeting,
    budgetSummary: async () => (await import('./nn/budget-summary')).budgetSummary,
    planInputs: async () => (await import('./nn/plan-inputs')).planInputs,
    sharedLink: async () => (await import('./nn/shared-link')).sharedLink,
    councilDraft: async () => (await import('./nn/council-draft')).councilDraft,
    versions: async () => (await import('./nn/versions')).versions,
  },
  en: {
    predictability: async () => (await import('./en/predictability')).predictability,
    rates: async () => (await import('./en/rates')).rates,
    circular: async () => (await import('./en/circular')).circular,
    compare: async () => (await import('./en/compare')).compare,
    meeting: async () => (await import('./en/meeting')).meeting,
    budgetSummary: async () => (await import('./en/budget-summary')).budgetSummary,
    planInputs: async () => (await import('./en/plan-inputs')).planInputs,
    sharedLink: async () => (await import('./en/shared-link')).sharedLink,
    councilDraft: async () => (await import('./en/council-draft')).councilDraft,
    versions: async () => (await import('./en/versions')).versions,
  },
};

/** What has arrived. */
const nbSections: Sections = {};
const firsts = new Map<Translated, Translation<FirstMessages>>();
const translatedSections: Record<Translated, TranslatedSections> = { nn: {}, en: {} };
/** The sections some opened screen needs: loaded for bokmål and for every language asked for. */
const needed = new Set<LazySection>();
const askedLocales = new Set<Locale>(['nb']);
/**
 * The messages each language shows: replaced only when the language has everything needed, so
 * that while a screen's strings load the rest of the page keeps its language and nothing shows a
 * missing section.
 */
const shown = new Map<Locale, Messages>([['nb', NB_FIRST as Messages]]);
const listeners = new Set<() => void>();

const hasSection = (locale: Locale, section: LazySection) =>
  nbSections[section] !== undefined && (locale === 'nb' || translatedSections[locale][section] !== undefined);
const isReady = (locale: Locale) => (locale === 'nb' || firsts.has(locale)) && [...needed].every((section) => hasSection(locale, section));

function build(locale: Locale): Messages {
  // Sections not loaded are absent; no component reads them before its screen has loaded them.
  const bokmal = { ...NB_FIRST, ...nbSections } as Messages;
  if (locale === 'nb') return bokmal;
  return mergeMessages(bokmal, { ...firsts.get(locale), ...translatedSections[locale] } as Translation<Messages>);
}

/** Counts what has arrived, so that a language's object is built again only when something did. */
let arrivals = 0;
const builtAt = new Map<Locale, number>([['nb', 0]]);

function refresh(): void {
  let changed = false;
  for (const locale of LOCALES) {
    if (!isReady(locale) || builtAt.get(locale) === arrivals) continue;
    shown.set(locale, build(locale));
    builtAt.set(locale, arrivals);
    changed = true;
  }
  if (changed) for (const listener of listeners) listener();
}

/** One load at a time per key; a failed load (offline, say) is forgotten so that the next call tries again. */
const pending = new Map<string, Promise<void>>();
function once(key: string, load: () => Promise<void>): Promise<void> {
  let promise = pending.get(key);
  if (!promise) {
    promise = load().then(() => void (arrivals += 1));
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

function loadSection(locale: Locale, section: LazySection): Promise<void> {
  const bokmal = once(`nb:${section}`, async () => {
    Object.assign(nbSections, { [section]: await NB_SECTIONS[section]() });
  });
  if (locale === 'nb') return bokmal;
  const translated = once(`${locale}:${section}`, async () => {
    Object.assign(translatedSections[locale], { [section]: await SECTIONS[locale][section]() });
  });
  return Promise.all([bokmal, translated]).then(() => undefined);
}

/** A language's strings if they are loaded, else undefined. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return shown.get(locale);
}

/** The bokmål strings, always there: what shows while a language loads, and for any string it lacks. */
export function bokmalMessages(): Messages {
  return shown.get('nb') as Messages;
}

/**
 * A language's strings, loading them once (the first screen's, and those of every screen opened
 * so far). A failed load is tried again on the next call; meanwhile the UI keeps speaking bokmål.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  askedLocales.add(locale);
  const first = locale === 'nb' ? Promise.resolve() : once(`${locale}:first`, async () => void firsts.set(locale, await FIRST[locale]()));
  return Promise.all([first, ...[...needed].map((section) => loadSection(locale, section))]).then(() => {
    refresh();
    return shown.get(locale) as Messages;
  });
}

/**
 * Loads the strings of a screen's sections, in bokmål and in every language asked for so far;
 * resolves when they are there, so that the screen renders with them (app/screens.tsx).
 */
export function loadSections(sections: readonly LazySection[]): Promise<void> {
  for (const section of sections) needed.add(section);
  const loads = [...askedLocales].flatMap((locale) => sections.map((section) => loadSection(locale, section)));
  return Promise.all(loads).then(refresh);
}

/** Calls `listener` whenever a language's strings change (for useSyncExternalStore). */
export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type { Messages };
