import type { Messages } from '../i18n/nb';
import type { Formatter } from '../lib/format';
import type { IssueFound } from '../lib/zod-issues';
import { ruleKeyOf } from '../scenario/rules';
import type { VersionProblem } from '../scenario/versions';
import { nameIssues } from './field-names';

type VersionField = keyof Messages['inputs']['limit']['versionField'];

const isVersionField = (key: PropertyKey | undefined, t: Messages): key is VersionField =>
  typeof key === 'string' && Object.hasOwn(t.inputs.limit.versionField, key);

/** A version's own field (its note, time, id or kind): the field as the versions panel names it, and the rule. */
function envelopeLine(issue: IssueFound, t: Messages): string {
  const l = t.inputs.limit;
  const key = ruleKeyOf(issue.message);
  const problem = issue.code === 'unrecognized_keys' ? l.unknown(issue.message.replace(/^unknown fields? /, '')) : key === null ? issue.message : l.rules[key];
  const field = issue.path[0];
  return isVersionField(field, t) ? l.other(l.versionField[field], problem) : problem;
}

/**
 * The saved versions that could not be read (from a file or the browser's storage), one line
 * per problem in the UI's language: «Lagret versjon 2: Enslige voksne, 2027: må være et helt tall
 * fra 0 til 10 000 (fant −3).» A field of the version's scenario is named as the screen names it
 * (`nameIssues`), one of the version itself as the versions panel does.
 */
export function versionIssueLines(problems: readonly VersionProblem[], t: Messages, f: Formatter): string[] {
  const l = t.inputs.limit;
  return problems.flatMap(({ position, startYear, found }) => {
    const ofScenario = found.filter((issue) => issue.path[0] === 'scenario' && issue.path.length > 1);
    const lines = [
      ...found.filter((issue) => !ofScenario.includes(issue)).map((issue) => envelopeLine(issue, t)),
      ...nameIssues(ofScenario.map((issue) => ({ ...issue, path: issue.path.slice(1) })), startYear, t, f),
    ];
    return lines.map((line) => (position === null ? l.versionList(line) : l.inVersion(position, line)));
  });
}
