import type { Scenario } from '../../engine';
import { downloadText } from '../../lib/csv';
import { shareLink } from '../../lib/share-link';

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

/** A name as a file name part: lower case, æ ø å spelt out, words joined by hyphens (as the scenario files are named). */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Offers the scenario as a scenario file (the README's format); returns the file's name. */
export function downloadScenario(scenario: Scenario, prefix: string): string {
  const part = slug(scenario.name);
  const name = `${prefix}${part === '' ? '' : `-${part}`}.json`;
  downloadText(name, `${JSON.stringify(scenario, null, 2)}\n`, 'application/json');
  return name;
}
