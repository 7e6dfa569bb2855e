/**
 * The app's service worker (README "Offline use and updates"), built by vite-plugin-pwa's
 * injectManifest into `dist/sw.js` with the list of the built files (`self.__WB_MANIFEST`).
 *
 * - Every built file (the page, its scripts and styles, the lazily loaded chunks, the
 *   simulation's worker, the icons and the manifest) and the three reference files are stored
 *   at install, so that the app opens and computes without a network after its first visit.
 * - The reference files are asked of the network first and answered from that store only when
 *   the network fails or is slow, so that a new edition put on the server without a rebuild is
 *   still read at once.
 * - A new version waits until the page asks it to take over (the planner's «Last inn ny
 *   versjon»); it never touches the browser's localStorage or sessionStorage.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { clientsClaim } from 'workbox-core';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

const sw = self as unknown as ServiceWorkerGlobalScope;
/** Where the build writes the list (it looks for this very expression). */
type Manifest = { readonly __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0] };

/** The reference files (src/reference/load.ts) under the app's base. */
const REFERENCE_DATA = /\/data\/[a-z-]+\.json$/;
/** How long the network may take before the stored copy answers (the app itself gives up after 8). */
const NETWORK_TIMEOUT_SECONDS = 4;

// Registered before the stored files' route, so that it answers the reference files first.
registerRoute(
  ({ url, request }) => url.origin === sw.location.origin && request.method === 'GET' && REFERENCE_DATA.test(url.pathname),
  new NetworkOnly({
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [{ handlerDidError: async ({ request }) => (await matchPrecache(request.url)) ?? undefined }],
  }),
);

precacheAndRoute((self as unknown as Manifest).__WB_MANIFEST);
cleanupOutdatedCaches();
// Every page of the app is index.html (its screens are in the URL's hash).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// The first install takes charge of the page open now; a later version waits (above).
clientsClaim();

sw.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
