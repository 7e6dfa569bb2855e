import type { Scenario } from '../../engine';
import { downloadText } from '../../lib/csv';
import { shareLink } from '../../scenario/share-link';
import { scenarioFileName, scenarioFileText } from '../../scenario/scenario-file';

/** What sharing gave: the link copied, the link to copy by hand, or a scenario too large for a link. */
export type ShareOutcome =
  | { readonly kind: 'copied'; readonly url: string }
  | { readonly kind: 'manual'; readonly url: string }
  | { readonly kind: 'too-long'; readonly length: number };

/** The app's address without its hash: what a share link starts with. */
export const appBase = (): string => window.location.href.split('#')[0] ?? '';

/**
 * Makes the link to `scenario` and puts it on the clipboard. Where the browser has no
 * clipboard or refuses (an insecure page, a denied permission), the link is handed back to
 * be shown for copying by hand.
 */
export async function shareScenario(scenario: Scenario, base: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<ShareOutcome> {
  const link = shareLink(scenario, base);
  if (!link.ok) return { kind: 'too-long', length: link.length };
  if (clipboard === undefined) return { kind: 'manual', url: link.url };
  try {
    await clipboard.writeText(link.url);
    return { kind: 'copied', url: link.url };
  } catch {
    return { kind: 'manual', url: link.url };
  }
}

/** The browser's clipboard, where it has one (only secure pages do). */
export const browserClipboard = (): Pick<Clipboard, 'writeText'> | undefined =>
  typeof navigator !== 'undefined' && 'clipboard' in navigator ? navigator.clipboard : undefined;

/** Offers the scenario as a scenario file (the README's format); returns the file's name. */
export function downloadScenario(scenario: Scenario, prefix: string): string {
  const name = scenarioFileName(prefix, scenario);
  downloadText(name, scenarioFileText(scenario), 'application/json');
  return name;
}
