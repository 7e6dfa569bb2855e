import { useMessages } from '../../i18n/use-messages';

/** The rate tables with status and source per figure, and the planner's overrides. */
export function Rates() {
  const t = useMessages();
  return (
    <section className="panel" aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t.nav.rates}</h2>
    </section>
  );
}
