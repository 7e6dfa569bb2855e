import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nb, type Messages } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { mergeMessages } from '../../src/i18n/translation';
import { formatter } from '../../src/lib/format';
import { nameIssues } from '../../src/report/field-names';
import { RULES, ruleKeyOf } from '../../src/scenario/rules';
import { parseScenario } from '../../src/scenario/parse';
import { defaultScenario } from '../../src/engine';

const LANGUAGES: [string, Messages][] = [
  ['nb', nb],
  ['nn', mergeMessages(nb, nn)],
  ['en', mergeMessages(nb, en)],
];

describe('the format’s rules in the UI’s language', () => {
  it('given every rule the schema states, then its key is found by its very text, and no two rules share a text', () => {
    for (const [key, text] of Object.entries(RULES)) expect(ruleKeyOf(text)).toBe(key);
    expect(ruleKeyOf('must be a whole number from 0 to 10000')).toBeNull();
    expect(new Set(Object.values(RULES)).size).toBe(Object.keys(RULES).length);
  });

  it.each(LANGUAGES)('given a file with an empty name and a three-digit code, then %s names both fields with the rule in its words', (_, t) => {
    const read = parseScenario({ ...defaultScenario('3303', 2026, 4), name: '  ', municipalityCode: '301' });
    expect(read.ok).toBe(false);
    const lines = read.ok ? [] : nameIssues(read.found, 2026, t, formatter('nb'));
    expect(lines.map((line) => line.slice(line.indexOf(': ') + 2))).toEqual([t.inputs.limit.rules.notEmpty, t.inputs.limit.rules.municipalityCode]);
    if (t === nb) expect(lines).toEqual(['Navn: kan ikke være tomt', 'Kommune: må være et kommunenummer med fire sifre']);
  });
});
