import lzString from 'lz-string';

const { compressToEncodedURIComponent } = lzString;
import { MAX_LINK_LENGTH, readShareLink, shareLink } from '../../src/scenario/share-link';
import { scenario } from '../builders';

const base = 'https://kommune.example/bosettingsplan/';
const kongsberg = scenario(2026, 10, { name: 'Kongsberg', years: [{ singleAdults: 12, adultsInFamilies: 14, children: 14, request: 40 }] });

describe('share link', () => {
  it('given a scenario, then the link opens the same scenario', () => {
    const link = shareLink(kongsberg, base);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${base}#/delt?s=`)).toBe(true);
    expect(readShareLink(new URL(link.url).hash)).toEqual({ ok: true, scenario: kongsberg });
  });

  it('given a request revised in the year, a decision with up to 10 % more and adults under collective protection, then the link carries them', () => {
    const flows = scenario(2026, 3, {
      years: [{ singleAdults: 20, request: 15, revisedRequest: 18, decision: 16, decisionMarginPercent: 10 }],
      composition: { adultsCollectiveProtection: 0.6 },
    });
    const link = shareLink(flows, base);
    expect(link.ok && readShareLink(new URL(link.url).hash)).toEqual({ ok: true, scenario: flows });
  });

  it('given a link written by an app of format 2, then it opens in format 3 with no revision, margin or collective protection', () => {
    const hash = `#/delt?s=${compressToEncodedURIComponent(JSON.stringify({ formatVersion: 2, municipalityCode: '3303', startYear: 2026, years: [{ request: 15 }] }))}`;
    const read = readShareLink(hash);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario.formatVersion).toBe(3);
    expect(read.scenario.years[0]).toMatchObject({ request: 15, revisedRequest: null, decisionMarginPercent: 0 });
    expect(read.scenario.composition.adultsCollectiveProtection).toBe(0);
  });

  it('given a typical ten-year scenario, then the link is well under the limit', () => {
    const link = shareLink(kongsberg, base);
    expect(link.ok && link.url.length).toBeLessThan(600);
  });

  it('given a scenario too large for a link, then it says so with the length', () => {
    const huge = { ...kongsberg, housing: { ...kongsberg.housing, pipeline: Array.from({ length: 600 }, (_, i) => ({ year: 2026 + (i % 15), month: 1 + (i % 12), units: i, leadTimeMonths: i % 37, acquired: i % 2 === 0 })) } };
    const link = shareLink(huge, base);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
  });

  it.each([
    ['#/delt', { ok: false, reason: 'missing' }],
    ['#/delt?s=', { ok: false, reason: 'missing' }],
    ['#/delt?s=%%%not-lz', { ok: false, reason: 'damaged' }],
    [`#/delt?s=${compressToEncodedURIComponent('{"formatVersion":1,')}`, { ok: false, reason: 'damaged' }],
  ])('given the hash %s, then %j', (hash, expected) => {
    expect(readShareLink(hash)).toEqual(expected);
  });

  it('given an edited link whose scenario breaks a rule, then the issues name the field', () => {
    const edited = { ...kongsberg, years: [{ ...kongsberg.years[0], singleAdults: -3 }] };
    const hash = `#/delt?s=${compressToEncodedURIComponent(JSON.stringify(edited))}`;
    const read = readShareLink(hash);
    expect(read.ok === false && read.reason === 'invalid' ? read.issues : []).toEqual(['years[0].singleAdults: must be a whole number from 0 to 10000, got -3']);
  });
});
