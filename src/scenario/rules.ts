import { FIRST_MINOR_AGE, LAST_MINOR_AGE, MAX_HORIZON_YEARS, MINOR_AGES, RATE_PATHS } from '../engine';
import { LIMITS, VERSION_LIMITS } from './bounds';

/** The version of the scenario format this app writes (README "Scenario files"). */
export const SCENARIO_FORMAT_VERSION = 3;

/** How a saved version came to be: saved by the planner («Lagre versjon»), as read from a file when imported, or just before a restore. */
export const VERSION_KINDS = ['manual', 'import', 'restore'] as const;

/**
 * The rules of the scenario format that are not a number's bounds, as the schema states them:
 * in English, the command-line planner's words. The screens say each in their own language by
 * its key (`t.inputs.limit.rules`, report/field-names.ts), looked up by the very text here.
 */
export const RULES = {
  text: 'must be text',
  notEmpty: 'must not be empty',
  nameLength: 'must be at most 120 characters',
  /** A rate's source and a version's note. */
  shortText: `must be at most ${VERSION_LIMITS.note} characters`,
  municipalityCode: 'must be a four-digit municipality code',
  yearList: 'must be a list of years',
  yearCount: `must hold 1 to ${MAX_HORIZON_YEARS} years`,
  rows: `must hold at most ${LIMITS.rows} rows`,
  rateOverrides: `must hold at most ${LIMITS.rateOverrides} rows`,
  durations: 'must list at least one duration',
  monthWeights: 'must hold twelve weights',
  someWeight: 'must have a weight above 0',
  ageWeights: `must hold ${MINOR_AGES.length} weights, ages ${FIRST_MINOR_AGE}–${LAST_MINOR_AGE}`,
  rate: `must be one of ${RATE_PATHS.join(', ')}`,
  versionKind: `must be one of ${VERSION_KINDS.join(', ')}`,
  formatVersion: `must be ${SCENARIO_FORMAT_VERSION}`,
  versionId: 'must be 1–40 letters, digits, - or _',
  savedAt: 'must be a time in ISO 8601, UTC',
  scenarioObject: 'must be a scenario object',
  versionList: 'must be a list of saved versions',
  versionObject: 'must be a saved version (an object)',
  versionScenario: 'missing; a version holds the scenario as it was saved',
  versionRepeated: 'is used by an earlier version',
  versionCount: `must hold at most ${VERSION_LIMITS.manual} saved versions; the newest beyond them were left out`,
} as const;

export type RuleKey = keyof typeof RULES;

const BY_TEXT = new Map<string, RuleKey>(Object.entries(RULES).map(([key, text]) => [text, key as RuleKey]));

/** The key of a rule by the text the schema gave it; null for any other text. */
export const ruleKeyOf = (message: string): RuleKey | null => BY_TEXT.get(message) ?? null;
