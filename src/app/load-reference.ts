import { fetchReferenceBundle, type ReferenceLoadResult } from '../reference/load';
import type { ReferenceFallbackReason } from '../store';

/** A response slower than this is given up (FACTS-free choice: a planner waits no longer). */
export const REFERENCE_TIMEOUT_MS = 8_000;

/** What loading the served reference data gave: the data, or why it failed. */
export type ServedReference =
  | { readonly ok: true; readonly result: ReferenceLoadResult & { ok: true } }
  | { readonly ok: false; readonly reason: ReferenceFallbackReason; readonly errors: readonly string[] };

/**
 * Fetches the three reference files from the app's static files, all under one AbortController
 * that gives up after `timeoutMs`. Tells apart a failed request (network error or HTTP
 * status), a body that is not valid data, and no answer in time.
 */
export async function loadServedReference(baseUrl: string, timeoutMs = REFERENCE_TIMEOUT_MS): Promise<ServedReference> {
  const controller = new AbortController();
  let timedOut = false;
  let requestFailed = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`no answer within ${timeoutMs / 1000} seconds`));
  }, timeoutMs);
  try {
    const result = await fetchReferenceBundle(baseUrl, async (url) => {
      try {
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) requestFailed = true;
        return response;
      } catch (error) {
        requestFailed = true;
        throw error;
      }
    });
    if (result.ok) return { ok: true, result };
    const reason: ReferenceFallbackReason = timedOut ? 'timeout' : requestFailed ? 'request-failed' : 'invalid';
    return { ok: false, reason, errors: result.errors };
  } finally {
    clearTimeout(timer);
  }
}
