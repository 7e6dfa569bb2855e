import { useMessages } from '../../i18n/use-messages';

/** The method and its assumptions in plain words (issue 5 item 2). */
export function MethodNote() {
  const t = useMessages().predictability.method;
  return (
    <section className="method-note" aria-labelledby="method-heading">
      <h3 id="method-heading">{t.heading}</h3>
      <ul>
        {t.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
