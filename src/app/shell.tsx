import { paletteCssVariables } from '../components/palette';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';
import { AppFooter } from './app-footer';
import { StorageNotice } from './storage-notice';
import { SCREENS } from './screens';
import { useReferenceLoader } from './use-reference-loader';
import { useRoute } from './use-route';

const themeStyle = paletteCssVariables();

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

/** The app shell: header, the screens in the main landmark, footer with data credits. */
export function Shell() {
  const t = useMessages();
  const retry = useReferenceLoader();
  const reference = useAppStore((state) => state.reference);
  const route = useRoute();
  const screen = SCREENS.find((s) => s.route === route) ?? SCREENS[0];

  return (
    <div className="app" style={themeStyle}>
      <header className="app-header">
        <h1 className="app-name">{t.app.name}</h1>
        <p className="app-tagline">{t.app.tagline}</p>
        <nav aria-label={t.nav.label} className="app-nav">
          <ul>
            {SCREENS.map((s) => (
              <li key={s.route}>
                <a href={`#/${s.route}`} aria-current={s === screen ? 'page' : undefined}>
                  {s.label(t)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="app-main">
        <StorageNotice />
        {reference.status === 'loading' && (
          <p className="loading" role="status">
            {t.app.loading}
          </p>
        )}
        {reference.status === 'error' && <LoadError errors={reference.errors} onRetry={retry} />}
        {reference.status === 'ready' && screen?.render()}
      </main>
      <AppFooter />
    </div>
  );
}
