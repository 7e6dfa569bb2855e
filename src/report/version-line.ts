import type { Messages } from '../i18n';
import type { ShownVersion } from '../scenario/versions';

/**
 * Which version a page shows, as the printed summary and the council draft say it (README
 * "Saved versions"): the version's note and when it was saved, or that the current inputs were
 * changed after it, or never saved as a version.
 */
export function versionLine(shown: ShownVersion, t: Messages['versions']['shown'], when: (date: Date) => string): string {
  if (shown.kind === 'unsaved') return t.unsaved;
  const { note, savedAt } = shown.version;
  return (shown.kind === 'version' ? t.version : t.changedAfter)(note, when(new Date(savedAt)));
}
