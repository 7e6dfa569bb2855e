import { lazy, Suspense } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';

const DamagedNotice = lazy(() => import('./damaged-notice').then((m) => ({ default: m.DamagedNotice })));

/**
 * The notice of stored data that could not be read (damaged-notice.tsx), loaded only when there
 * is one: most visits have none, and the first screen stays smaller without it.
 */
export function StorageNotice() {
  const notice = useAppStore((state) => state.storageNotice);
  if (notice === null) return null;
  return (
    <Suspense fallback={null}>
      <DamagedNotice notice={notice} />
    </Suspense>
  );
}

/**
 * Says that the browser does not keep the state, while that lasts: because storage is full or
 * blocked, or because saving is held back so as not to overwrite damaged text that could not
 * be kept aside.
 */
export function StorageWriteNotice() {
  const t = useMessages().workspace.storage;
  const writable = useAppStore((state) => state.storageWritable);
  const held = useAppStore((state) => state.storageHeld);
  if (held) {
    return (
      <div className="notice notice-error" role="alert">
        <h2 className="notice-title">{t.heldTitle}</h2>
        <p>{t.heldText}</p>
      </div>
    );
  }
  if (writable) return null;
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">{t.notKeptTitle}</h2>
      <p>{t.notKeptText}</p>
    </div>
  );
}
