import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { largestSentence } from '../../report/capacity-text';
import type { LargestFinding } from '../../report/largest-series';

/** The largest commitment capacity allows, beside IMDi's request of the start year with the band. */
export function Largest({ finding }: { readonly finding: LargestFinding }) {
  const t = useMessages().predictability.largest;
  const sentence = largestSentence(finding, t, useFormat());
  return (
    <section className="largest" aria-labelledby="largest-heading">
      <h3 id="largest-heading">{t.heading}</h3>
      <p className={finding.kind === 'limit' ? 'largest-sentence' : undefined}>{sentence}</p>
      <p className="muted">{t.note}</p>
    </section>
  );
}
