import type { CommitmentNeeds } from '../engine';
import type { Messages } from '../i18n';
import type { Formatter } from '../lib/format';
import type { LargestFinding } from './largest-series';

type Words = Pick<Formatter, 'formatMonth' | 'formatNumber' | 'formatPercent'>;

/**
 * The largest commitment capacity allows, beside IMDi's request of the start year and with the
 * band, as one sentence: the predictability screen and the council's draft say the same.
 */
export function largestSentence(finding: LargestFinding, t: Messages['predictability']['largest'], f: Words): string {
  if (finding.kind === 'noCapacity') return t.noCapacity;
  if (finding.kind === 'nothingBinds') return t.nothingBinds;
  const c = f.formatNumber(finding.perYear);
  const what = finding.binding === 'housing' ? t.housing : t.places;
  const month = finding.bindsFrom === null ? '' : f.formatMonth(finding.bindsFrom);
  const sentence =
    finding.request === null
      ? t.noRequest(c, what, month, finding.startYear)
      : finding.perYear < finding.request
        ? t.below(c, f.formatNumber(finding.request), what, month)
        : t.atLeast(c, f.formatNumber(finding.request), what, month);
  return finding.band > 0 ? `${sentence} ${t.band(f.formatPercent(finding.band, 0), f.formatNumber(Math.floor(finding.perYear * (1 + finding.band))))}` : sentence;
}

/**
 * What a commitment needs beyond the plan (dwellings and places, by when) as one sentence, for
 * the years firstYear–lastYear it covers: «For å bosette 30 i året … trenger kommunen 12 boliger
 * fra mars 2027 til juni 2028 i tillegg til planen.»
 */
export function needsSentence(needs: CommitmentNeeds, firstYear: number, lastYear: number, t: Messages['predictability']['needs'], f: Words): string {
  const committed = needs.perYear.slice(0, lastYear - firstYear + 1);
  const mean = committed.reduce((a, b) => a + b, 0) / (committed.length || 1);
  const varies = committed.some((n) => n !== committed[0]);
  const subject = t.subject(f.formatNumber(Math.round(mean * 10) / 10), varies, needs.band > 0 ? f.formatPercent(needs.band, 0) : null, firstYear, lastYear);
  const what = (list: CommitmentNeeds['dwellings'], total: number, kind: 'dwellings' | 'places') =>
    list.length === 0 ? null : t.add(f.formatNumber(total), kind, f.formatMonth(list[0]?.readyBy ?? ''), f.formatMonth(list[list.length - 1]?.readyBy ?? ''), list.length);
  const parts = [what(needs.dwellings, needs.dwellingsTotal, 'dwellings'), needs.placesLimited ? what(needs.places, needs.placesTotal, 'places') : null].filter(
    (x): x is string => x !== null,
  );
  return parts.length === 0 ? t.enough(subject) : t.sentence(subject, parts);
}
