import { MINOR_AGES } from '../engine';
import { isRecord } from '../lib/is-record';


/**
 * Version 1 → 2: `minors.ageShares` held three weights for ages 15, 16 and 17; version 2 holds
 * twelve, for ages 6 to 17, so the three become the last three and the younger ages get 0. Every
 * field version 2 added has a default, so nothing else changes.
 */
function from1To2(raw: Record<string, unknown>): Record<string, unknown> {
  const migrated: Record<string, unknown> = { ...raw, formatVersion: 2 };
  const minors = raw.minors;
  if (isRecord(minors) && Array.isArray(minors.ageShares) && minors.ageShares.length === 3) {
    const younger = Array.from({ length: MINOR_AGES.length - 3 }, () => 0);
    migrated.minors = { ...minors, ageShares: [...younger, ...(minors.ageShares as unknown[])] };
  }
  return migrated;
}

/**
 * Version 2 → 3: version 3 adds IMDi's in-year revision of the request and the decision's margin
 * «up to x % more» to each year, and the share of adults under collective protection. Each has a
 * neutral default (no revision, no margin, no one under collective protection), so a version 2
 * file means the same as version 3 with those defaults: only the version changes.
 */
function from2To3(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, formatVersion: 3 };
}

/**
 * Brings a scenario of an older format version to the current one (3) before it is validated,
 * so that every file, stored state and share link written by an earlier app keeps opening.
 * Anything that is not a version 1 or 2 scenario passes on unchanged: the schema says what is
 * wrong with it.
 */
export function migrateScenario(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let migrated = raw;
  if (migrated.formatVersion === 1) migrated = from1To2(migrated);
  if (migrated.formatVersion === 2) migrated = from2To3(migrated);
  return migrated;
}
