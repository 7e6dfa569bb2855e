import { MINOR_AGES } from '../engine';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a scenario of an older format version to the current one (2) before it is validated,
 * so that every file, stored state and share link written by an earlier app keeps opening.
 *
 * Version 1 → 2: `minors.ageShares` held three weights for ages 15, 16 and 17; version 2 holds
 * twelve, for ages 6 to 17, so the three become the last three and the younger ages get 0. Every
 * field version 2 added has a default, so nothing else changes. Anything that is not a version 1
 * scenario passes on unchanged: the schema says what is wrong with it.
 */
export function migrateScenario(raw: unknown): unknown {
  if (!isRecord(raw) || raw.formatVersion !== 1) return raw;
  const migrated: Record<string, unknown> = { ...raw, formatVersion: 2 };
  const minors = raw.minors;
  if (isRecord(minors) && Array.isArray(minors.ageShares) && minors.ageShares.length === 3) {
    const younger = Array.from({ length: MINOR_AGES.length - 3 }, () => 0);
    migrated.minors = { ...minors, ageShares: [...younger, ...(minors.ageShares as unknown[])] };
  }
  return migrated;
}
