import { weakest } from './rates';
import { addTo, newLine, type GrantContext, type Line } from './lines';

/**
 * Extra grant for high-needs persons (docs/model.md#high-needs-grant; IMDi's circular): tier 1 a
 * one-off in year 1 per person; tier 2 yearly in years of residence 1–5, per person min(documented
 * cost − threshold, cap) at the payment year's threshold and cap, and never below zero. The counts
 * are those the scenario enters per planned year, moved to the years they are settled in
 * (`settledCounts`: the same unless settlement waits for a dwelling).
 */
export function highNeedsGrant(
  { scenario, cohorts, book }: GrantContext,
  settledCounts: { readonly tier1: readonly number[]; readonly tier2: readonly number[] },
): { tier1: Line; tier2: Line } {
  const years = cohorts.length;
  const tier1 = newLine(years);
  const tier2 = newLine(years);
  const scale = scenario.policy.grantScale.highNeeds;
  const cost = scenario.highNeedsTier2DocumentedCost;
  for (let y = 0; y < years; y++) {
    const rates = book.table(scenario.startYear + y).highNeeds;
    addTo(tier1, y, settledCounts.tier1[y] ?? 0, rates.tier1, scale);
    const perPerson = Math.max(0, Math.min(cost - rates.tier2Threshold.value, rates.tier2Cap.value));
    if (perPerson <= 0) continue;
    const status = weakest(rates.tier2Threshold.status, rates.tier2Cap.status) ?? 'estimated';
    let persons = 0;
    for (let n = 1; n <= 5; n++) persons += settledCounts.tier2[y - n + 1] ?? 0;
    addTo(tier2, y, persons, { value: perPerson, status }, scale);
  }
  return { tier1, tier2 };
}
