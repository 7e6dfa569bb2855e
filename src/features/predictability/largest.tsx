import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { LargestFinding } from '../../report/largest-series';

/** The largest commitment capacity allows, beside IMDi's request of the start year with the band. */
export function Largest({ finding }: { readonly finding: LargestFinding }) {
  const t = useMessages().predictability.largest;
  const { formatMonth, formatNumber, formatPercent } = useFormat();
  let sentence: string;
  if (finding.kind === 'noCapacity') sentence = t.noCapacity;
  else if (finding.kind === 'nothingBinds') sentence = t.nothingBinds;
  else {
    const c = formatNumber(finding.perYear);
    const what = finding.binding === 'housing' ? t.housing : t.places;
    const month = finding.bindsFrom === null ? '' : formatMonth(finding.bindsFrom);
    if (finding.request === null) sentence = t.noRequest(c, what, month, finding.startYear);
    else if (finding.perYear < finding.request) sentence = t.below(c, formatNumber(finding.request), what, month);
    else sentence = t.atLeast(c, formatNumber(finding.request), what, month);
  }
  if (finding.kind === 'limit' && finding.band > 0) sentence = `${sentence} ${t.band(formatPercent(finding.band, 0), formatNumber(Math.floor(finding.perYear * (1 + finding.band))))}`;
  return (
    <section className="largest" aria-labelledby="largest-heading">
      <h3 id="largest-heading">{t.heading}</h3>
      <p className={finding.kind === 'limit' ? 'largest-sentence' : undefined}>{sentence}</p>
      <p className="muted">{t.note}</p>
    </section>
  );
}
