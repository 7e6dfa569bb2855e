import { screen } from '@testing-library/react';
import lzString from 'lz-string';
import { defaultScenario, type Scenario } from '../../../src/engine';
import { shareLink } from '../../../src/scenario/share-link';

/**
 * "Delt 2017": Kongsberg, 2017–2020, 20 single adults in 2017 and 8 in 2018, with nobody aged
 * 60+, no Norwegian-training grant and nobody in the programme, so that the 2017 income is
 * exactly 20 × AR-1 EV 235 000 = 4 700 000 kr (IMDi's circular, 2017 table).
 */
export function sharedScenario(): Scenario {
  const s = defaultScenario('3303', 2017, 4);
  return {
    ...s,
    name: 'Delt 2017',
    years: s.years.map((y, i) => (i === 0 ? { ...y, singleAdults: 20 } : i === 1 ? { ...y, singleAdults: 8, children: 3 } : y)),
    composition: { ...s.composition, adultsAged60Plus: 0 },
    policy: { ...s.policy, grantScale: { ...s.policy.grantScale, norwegianTraining: 0 } },
    programme: { ...s.programme, participation: 0 },
  };
}

/** The hash of the link to a scenario (`#/delt?s=…`). */
export function hashOf(scenario: Scenario): string {
  const link = shareLink(scenario, 'http://localhost:3000/');
  if (!link.ok) throw new Error('scenario too long for a link');
  return new URL(link.url).hash;
}

/** The hash of a link whose scenario text was edited by hand. */
export const editedHash = (raw: unknown): string => `#/delt?s=${lzString.compressToEncodedURIComponent(JSON.stringify(raw))}`;

/** A scenario whose link would be longer than links may be: 600 dwelling orders. */
export function hugeScenario(): Scenario {
  const s = sharedScenario();
  const pipeline = Array.from({ length: 600 }, (_, i) => ({ year: 2017 + (i % 4), month: 1 + (i % 12), units: i, leadTimeMonths: i % 37, acquired: i % 2 === 0 }));
  return { ...s, name: 'Stor plan', housing: { ...s.housing, pipeline } };
}

/** The read-only view's heading, once the reference data is loaded. */
export const findSharedHeading = () => screen.findByRole('heading', { level: 2, name: /^Delt scenario/ });
