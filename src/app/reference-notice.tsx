import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';

/**
 * Says that the served reference data failed and the copy bundled with the build is in use,
 * why, and offers to try the server again (the app stays open meanwhile).
 */
export function ReferenceNotice({ onRetry, retrying }: { readonly onRetry: () => void; readonly retrying: boolean }) {
  const t = useMessages().workspace.reference;
  const reference = useAppStore((state) => state.reference);
  if (reference.status !== 'ready' || reference.source !== 'bundled') return null;
  return (
    <div className="notice notice-warning" role="alert">
      <h2 className="notice-title">{t.title}</h2>
      <p>
        {t.reason[reference.reason]} {t.fallback(reference.bundle.reference.edition)}
      </p>
      <button type="button" className="button-secondary" onClick={onRetry} disabled={retrying}>
        {retrying ? t.retrying : t.retry}
      </button>
      <details>
        <summary>{t.details}</summary>
        <ul>
          {reference.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
