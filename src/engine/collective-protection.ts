import type { DurationShare, Scenario } from './scenario';

/**
 * Collective protection (kollektiv beskyttelse, e.g. refugees from Ukraine): of the adults
 * settled (single, in families, reunified), the scenario's share k is settled under it. For
 * them two rules differ from other adults:
 * - the Norwegian-training grant (persontilskudd) is one rate paid for one year, in year of
 *   residence 1, in place of the three-year total at the high or low rate (IMDi's circular
 *   «Tilskudd til kommunene ved bosetting av flyktninger»; 45 000 kr in 2023 per KS,
 *   «Statsbudsjettet 2023»): norwegian-training.ts;
 * - they stay in the introduction programme by the short profile of the temporary chapter of
 *   the Integration Act (typically 6–12 months, Prop. 101 L (2023–2024)): programme.ts, whose
 *   durations are then the mix (1 − k) × the scenario's profile + k × `SHORT_PROGRAMME_DURATIONS`.
 * With k = 0 nothing changes.
 */

/**
 * The short programme profile: 6 and 12 months, half each. The 6–12 months are from Prop. 101 L
 * (2023–2024); the even split between them is an assumption.
 */
export const SHORT_PROGRAMME_DURATIONS: readonly DurationShare[] = [
  { months: 6, share: 0.5 },
  { months: 12, share: 0.5 },
];

/** The scenario's share of adults under collective protection, k (0 ≤ k ≤ 1). */
export function collectiveShare(scenario: Scenario): number {
  return Math.min(1, Math.max(0, scenario.composition.adultsCollectiveProtection));
}

/**
 * The durations all participants follow: each duration share of the scenario's profile `regular`
 * (normalised, shares summing to 1) × (1 − k), then each of the short profile × k. With k = 0 the
 * regular profile is returned as it is.
 */
export function mixedDurations(regular: readonly DurationShare[], k: number): readonly DurationShare[] {
  if (k <= 0) return regular;
  return [
    ...regular.map((d) => ({ months: d.months, share: d.share * (1 - k) })),
    ...SHORT_PROGRAMME_DURATIONS.map((d) => ({ months: d.months, share: d.share * k })),
  ];
}
