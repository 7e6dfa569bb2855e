import { estimatedRates, policyChanges } from '../../src/lib/assumptions';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { scenario } from '../builders';

describe('estimated rates and what-ifs to list beside the budget', async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  if (!loaded.ok) throw new Error('reference data does not load');
  const reference = loaded.data.reference;

  it('given a plan 2017–2018, then the 2017 table is verified and 2018 year-2 is listed as estimated', () => {
    const rows = estimatedRates(scenario(2017, 2), reference);
    expect(rows.find((r) => r.rate === 'integration.year2')).toEqual({
      rate: 'integration.year2',
      years: [2018],
      source: 'estimated: 2017 rate indexed by G',
    });
    expect(rows.find((r) => r.rate === 'integration.year1SingleAdult')?.years).toEqual([2018]);
  });

  it('given an override of the 2018 year-2 rate, then that year is no longer listed as estimated', () => {
    const rows = estimatedRates(
      scenario(2017, 2, { rateOverrides: [{ year: 2018, rate: 'integration.year2', value: 240_000, source: 'IMDi' }] }),
      reference,
    );
    expect(rows.find((r) => r.rate === 'integration.year2')).toBeUndefined();
  });

  it('given a what-if of +50 % high needs and a bonus, then both are listed', () => {
    const s = scenario(2026, 1);
    expect(policyChanges({ ...s, policy: { grantScale: { ...s.policy.grantScale, highNeeds: 1.5 }, aboveRequestBonusPerPerson: 25_000 } })).toEqual([
      { what: 'grantScale.highNeeds', value: 1.5 },
      { what: 'aboveRequestBonusPerPerson', value: 25_000 },
    ]);
  });
});
