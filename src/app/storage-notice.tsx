import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';

/** Tells the planner that stored data could not be read, and where the original was kept. */
export function StorageNotice() {
  const t = useMessages();
  const notice = useAppStore((state) => state.storageNotice);
  const dismiss = useAppStore((state) => state.dismissStorageNotice);
  if (notice === null) return null;
  return (
    <div className="notice notice-warning" role="status">
      <h2 className="notice-title">{t.app.restoredTitle}</h2>
      <p>
        {t.app.restoredText} <code>{notice.keptUnder}</code>.
      </p>
      <details>
        <summary>{t.app.loadErrorDetails}</summary>
        <ul>
          {notice.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      </details>
      <button type="button" className="button-secondary" onClick={dismiss}>
        {t.app.dismiss}
      </button>
    </div>
  );
}
