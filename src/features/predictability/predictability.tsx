import { useMessages } from '../../i18n/use-messages';

/** A multi-year commitment against the yearly negotiation, and the largest commitment capacity allows. */
export function Predictability() {
  const t = useMessages();
  return (
    <section className="panel" aria-labelledby="predictability-heading">
      <h2 id="predictability-heading">{t.nav.predictability}</h2>
    </section>
  );
}
