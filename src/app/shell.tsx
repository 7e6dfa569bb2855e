import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { DraftMemoryContext } from '../components/draft-memory';
import { LanguagePicker } from '../components/language-picker';
import { paletteCssVariables } from '../components/palette';
import { useDocumentLanguage } from '../i18n/use-document-language';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { AppFooter } from './app-footer';
import { HistoryControls } from './history-controls';
import { useKeptDrafts } from './kept-drafts';
import { ReferenceNotice } from './reference-notice';
import { ScreenBoundary } from './screen-boundary';
import { StorageNotice, StorageWriteNotice } from './storage-notice';
import { SCREENS } from './screens';
import { useReferenceLoader } from './use-reference-loader';
import { useRoute } from './use-route';
import { useStorageSync } from './use-storage-sync';

const themeStyle = paletteCssVariables();

/**
 * The service worker works only in the built app: never in the dev server or the tests, where it
 * would serve stale files. Its registration is a chunk of its own, loaded after the first paint.
 */
const WITH_SERVICE_WORKER = import.meta.env.PROD && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
// A chunk that cannot be loaded (the network gone before it came) leaves the app as it is.
const OfflineUpdate = lazy<() => ReactNode>(() =>
  import('./offline-update').then(
    (module) => ({ default: module.OfflineUpdate }),
    () => ({ default: () => null }),
  ),
);

/** The scenarios screen keeps its state (its status messages) when the current scenario changes. */
const LIST_ROUTE = 'scenarioer';

function LoadError({ errors, onRetry }: { readonly errors: readonly string[]; readonly onRetry: () => void }) {
  const t = useMessages();
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">{t.app.loadErrorTitle}</h2>
      <p>{t.app.loadErrorHelp}</p>
      <button type="button" className="button-primary" onClick={onRetry}>
        {t.app.retry}
      </button>
      <details>
        <summary>{t.app.loadErrorDetails}</summary>
        <ul>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** The app shell: header with undo, the screens in the main landmark, footer with data credits. */
export function Shell() {
  const t = useMessages();
  const { retry, retrying } = useReferenceLoader();
  const reference = useAppStore((state) => state.reference);
  const currentId = useAppStore((state) => state.currentId);
  const locale = useAppStore((state) => state.ui.locale);
  const setLocale = useAppStore((state) => state.setLocale);
  useDocumentLanguage();
  const route = useRoute();
  const sync = useStorageSync();
  const main = useRef<HTMLElement>(null);
  const shownRoute = useRef(route);
  // On a move to another screen the focus goes to the top of the new one, as on a page load,
  // rather than staying on a link of the navigation that screen readers no longer relate to.
  useEffect(() => {
    if (shownRoute.current === route) return;
    shownRoute.current = route;
    main.current?.focus();
  }, [route]);
  const screen = SCREENS.find((s) => s.route === route) ?? SCREENS[0];
  // After the first paint, alongside the reference data.
  useEffect(() => screen?.preload?.(), [screen]);
  // Another scenario is another set of inputs: the screen starts afresh, with no field
  // holding text typed for the scenario before.
  const screenKey = screen?.route === LIST_ROUTE ? LIST_ROUTE : `${screen?.route ?? ''}:${currentId}`;
  // Refused entries, kept per screen and scenario while the app is open, and through a reload.
  const drafts = useKeptDrafts();
  const draftMemory = useMemo(() => ({ scope: `${screen?.route ?? ''}:${currentId}`, drafts }), [screen?.route, currentId, drafts]);

  return (
    <div className="app" style={themeStyle}>
      {/* The route lives in the hash, so the link moves the focus itself instead of changing the hash. */}
      <a
        className="skip-link"
        href="#innhold"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
          main.current?.scrollIntoView?.();
        }}
      >
        {t.app.skipLink}
      </a>
      <header className="app-header">
        <div className="app-header-top">
          <div>
            <h1 className="app-name">{t.app.name}</h1>
            <p className="app-tagline">{t.app.tagline}</p>
          </div>
          <HistoryControls />
          <LanguagePicker locale={locale} setLocale={setLocale} />
        </div>
        <nav aria-label={t.nav.label} className="app-nav">
          <ul>
            {SCREENS.filter((s) => s.inNav).map((s) => (
              <li key={s.route}>
                <a href={`#/${s.route}`} aria-current={s === screen ? 'page' : undefined}>
                  {s.label(t)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="app-main" id="innhold" ref={main} tabIndex={-1}>
        {WITH_SERVICE_WORKER && (
          <Suspense fallback={null}>
            <OfflineUpdate />
          </Suspense>
        )}
        <StorageWriteNotice />
        <StorageNotice />
        <div role="status" className={sync.synced ? 'notice' : 'visually-hidden'}>
          {sync.synced && (
            <>
              <p>{t.app.syncedFromOtherTab}</p>
              <button type="button" className="button-secondary" onClick={sync.dismiss}>
                {t.app.dismiss}
              </button>
            </>
          )}
        </div>
        <ReferenceNotice onRetry={retry} retrying={retrying} />
        {reference.status === 'loading' && (
          <p className="loading" role="status">
            {t.app.loading}
          </p>
        )}
        {reference.status === 'error' && <LoadError errors={reference.errors} onRetry={retry} />}
        {reference.status === 'ready' && screen && (
          <DraftMemoryContext value={draftMemory}>
            <ScreenBoundary key={screenKey} title={t.workspace.boundary.title} help={t.workspace.boundary.help}>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    {t.app.loadingScreen}
                  </p>
                }
              >
                {screen.render()}
              </Suspense>
            </ScreenBoundary>
          </DraftMemoryContext>
        )}
      </main>
      <AppFooter />
    </div>
  );
}
