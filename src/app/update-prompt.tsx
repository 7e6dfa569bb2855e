import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';

/** Lets the waiting version take over; the page then reloads (vite-plugin-pwa's `registerSW`). */
export type UpdateServiceWorker = (reloadPage?: boolean) => Promise<void>;

/** Registers the service worker and says when a new version waits: `registerSW` of `virtual:pwa-register`. */
export type RegisterServiceWorker = (options: {
  readonly onNeedRefresh: () => void;
  readonly onRegisteredSW: (url: string, registration: ServiceWorkerRegistration | undefined) => void;
}) => UpdateServiceWorker;

/**
 * How often an app left open asks the server for a new version. The browser itself asks each
 * time the app is opened or reloaded; a planner may keep it open for days.
 */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Asks for a new version every UPDATE_CHECK_MS; offline, the check fails quietly and the next one tries again. */
function checkForUpdates(registration: ServiceWorkerRegistration | undefined): void {
  if (registration === undefined) return;
  setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/**
 * Registers the service worker once (and asks for a new version every hour while the app stays
 * open), and when a new version of the app is waiting says so and
 * offers to load it. The page reloads only when the planner asks; «Senere» keeps the version
 * running now (the new one takes over once every tab of the app is closed). The reload touches
 * no stored data: every edit is already saved, and the scenario a tab has open and the entries
 * its fields refused are kept in its sessionStorage, which a reload keeps.
 */
export function UpdatePrompt({ register }: { readonly register: RegisterServiceWorker }) {
  const t = useMessages().app.update;
  const [needRefresh, setNeedRefresh] = useState(false);
  const update = useRef<UpdateServiceWorker | null>(null);
  useEffect(() => {
    update.current ??= register({ onNeedRefresh: () => setNeedRefresh(true), onRegisteredSW: (_url, registration) => checkForUpdates(registration) });
  }, [register]);

  return (
    <div role="status" className={needRefresh ? 'notice' : 'visually-hidden'}>
      {needRefresh && (
        <>
          <p>
            {t.ready} {t.kept}
          </p>
          <div className="notice-actions">
            <button type="button" className="button-primary" onClick={() => void update.current?.(true)}>
              {t.reload}
            </button>
            <button type="button" className="button-secondary" onClick={() => setNeedRefresh(false)}>
              {t.later}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
