import type { Messages } from '../i18n/nb';
import type { Formatter } from '../lib/format';
import type { IssueFound } from '../lib/zod-issues';
import type { VersionProblem } from '../scenario/versions';
import { nameIssues } from './field-names';
import { versionIssueLines } from './version-issues';

/**
 * A problem of the stored state, as data (the words are the report layer's, in the language of
 * the screen that shows them): the text is not the app's, or could not be read, or not an object, or holds no list;
 * a scenario (`position` from 1 in the stored list, its name where it could be read) that is not
 * a scenario entry, or whose fields break the format (`found`, years named from `startYear`);
 * years kept after its horizon that break it (`startYear`: the first of them) or are too many;
 * saved versions of it that were left out.
 */
export type StoredIssue =
  | { readonly kind: 'notState' }
  | { readonly kind: 'notRead' }
  | { readonly kind: 'notObject' }
  | { readonly kind: 'noList' }
  | (Place & { readonly kind: 'notScenario' })
  | (Place & { readonly kind: 'tooManyYears' })
  | (Place & { readonly kind: 'scenario'; readonly startYear: number; readonly found: readonly IssueFound[] })
  | (Place & { readonly kind: 'shelved'; readonly startYear: number; readonly found: readonly IssueFound[] })
  | (Place & { readonly kind: 'versions'; readonly problems: readonly VersionProblem[] });

/** A stored scenario's place in the list (from 1), and its name where it could be read. */
interface Place {
  readonly position: number;
  readonly name: string | null;
}

/**
 * What the storage notice lists under «Detaljer»: one line per problem of the stored state, in
 * the language of the screen, each field named as the screen names it: «Scenario 1 («Gammel
 * plan»): Første planår: må være et helt tall fra 2000 til 2100 (fant "neste år").»
 */
export function storedIssueLines(issues: readonly StoredIssue[], t: Messages, f: Formatter): string[] {
  const l = t.inputs.limit;
  const lines = issues.flatMap((issue): string[] => {
    if (issue.kind === 'notState' || issue.kind === 'notRead' || issue.kind === 'notObject' || issue.kind === 'noList') return [l.stored[issue.kind]];
    const { position, name } = issue;
    const inScenario = (line: string) => l.inScenario(position, name, line);
    switch (issue.kind) {
      case 'notScenario':
      case 'tooManyYears':
        return [inScenario(l.stored[issue.kind])];
      case 'versions':
        return versionIssueLines(issue.problems, t, f).map(inScenario);
      case 'shelved':
        return nameIssues(issue.found, issue.startYear, t, f).map((line) => inScenario(l.stored.shelved(line)));
      case 'scenario':
        return nameIssues(issue.found, issue.startYear, t, f).map(inScenario);
    }
  });
  return [...new Set(lines)];
}
