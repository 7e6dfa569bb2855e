import type { Scenario } from '../../engine';
import { shareLink } from '../../scenario/share-link';

/** What "Del lenke" gave: the link copied, the link to copy by hand, or a scenario too large for a link. */
export type ShareOutcome =
  | { readonly kind: 'copied'; readonly url: string }
  | { readonly kind: 'manual'; readonly url: string }
  | { readonly kind: 'too-long'; readonly length: number };

/**
 * The link to `scenario` from this page, put on the clipboard. Where the browser has no
 * clipboard or refuses (an insecure page, a denied permission) the link is handed back to be
 * shown for copying by hand. (The plan screen's button in features/shared-link does the same;
 * features do not import each other.)
 */
export async function shareScenario(scenario: Scenario): Promise<ShareOutcome> {
  const link = shareLink(scenario, window.location.href.split('#')[0] ?? '');
  if (!link.ok) return { kind: 'too-long', length: link.length };
  const clipboard = 'clipboard' in navigator ? navigator.clipboard : undefined;
  if (clipboard === undefined) return { kind: 'manual', url: link.url };
  try {
    await clipboard.writeText(link.url);
    return { kind: 'copied', url: link.url };
  } catch {
    return { kind: 'manual', url: link.url };
  }
}
