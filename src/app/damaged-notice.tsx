import { useFormat } from '../i18n/use-format';
import { useMessages } from '../i18n/use-messages';
import { downloadText } from '../lib/csv';
import { storedIssueLines } from '../report/stored-issues';
import { useAppStore, type StorageNotice as StorageNoticeData } from '../store';

/**
 * Tells the planner which stored scenarios could not be restored, that the stored text is kept
 * in the browser (and under which key), and lets them download it as a file. When the text
 * could not be kept aside (storage full) it says so, and the notice cannot be closed while the
 * stored original is its only copy: the download stays at hand.
 */
export function DamagedNotice({ notice }: { readonly notice: StorageNoticeData }) {
  const messages = useMessages();
  const t = messages.workspace.storage;
  const format = useFormat();
  const dismiss = useAppStore((state) => state.dismissStorageNotice);
  const { dropped } = notice;
  const versionsOnly = dropped.length === 0 && (notice.versionsDropped ?? 0) > 0;
  const title = versionsOnly ? t.titleVersions(notice.versionsDropped ?? 0) : dropped.length === 0 ? t.titleAll : dropped.length === 1 ? t.titleOne : t.titleMany(dropped.length);
  return (
    <div className="notice notice-warning" role="status">
      <h2 className="notice-title">{title}</h2>
      {dropped.length > 0 && (
        <>
          <p>{t.dropped}</p>
          <ul>
            {dropped.map((d) => (
              <li key={d.position}>{t.droppedItem(d.position, d.name)}</li>
            ))}
          </ul>
        </>
      )}
      {notice.keptUnder === null ? (
        <p>{t.notKeptAside}</p>
      ) : (
        <p>
          {t.keptText} <code>{notice.keptUnder}</code>.
        </p>
      )}
      <details>
        <summary>{t.details}</summary>
        <ul>
          {storedIssueLines(notice.issues, messages, format).map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      </details>
      <div className="notice-actions">
        <button type="button" className="button-primary" onClick={() => downloadText(t.fileName, notice.text, 'application/json')}>
          {t.download}
        </button>
        {notice.keptUnder !== null && (
          <button type="button" className="button-secondary" onClick={dismiss}>
            {t.dismiss}
          </button>
        )}
      </div>
    </div>
  );
}

