import type { ReferenceData, Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { assumptionRows, estimatedRates, policyChanges } from '../../lib/assumptions';
import { useFormat } from '../../i18n/use-format';

interface ListsProps {
  readonly scenario: Scenario;
  readonly reference: ReferenceData;
  readonly t: Messages;
}

/** Years as short ranges: 2026 2027 2028 2030 → "2026–2028, 2030". */
function yearRanges(years: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const year of years) {
    const last = ranges[ranges.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

/** The assumptions (defaults marked), the estimated rates by rate with their years, every override and what-if. */
export function AssumptionLists({ scenario, reference, t }: ListsProps) {
  const s = t.budgetSummary;
  const { formatDecimalInput, formatNumber } = useFormat();
  const assumptions = assumptionRows(scenario);
  const estimated = estimatedRates(scenario, reference);
  const overrides = [
    ...scenario.rateOverrides.map((o) => ({ key: `${o.rate}:${o.year}`, what: o.rate, year: String(o.year), value: formatNumber(o.value), source: o.source })),
    ...policyChanges(scenario).map((c) => ({ key: c.what, what: c.what, year: '', value: formatDecimalInput(c.value, 6), source: s.whatIf })),
  ];
  return (
    <>
      <section className="summary-section" aria-labelledby="summary-estimated">
        <h3 id="summary-estimated">{s.estimatedRates}</h3>
        {estimated.length === 0 ? (
          <p>{s.estimatedRatesNone}</p>
        ) : (
          <table className="print-table print-list">
            <caption>{s.estimatedRatesIntro}</caption>
            <thead>
              <tr>
                <th scope="col">{s.rate}</th>
                <th scope="col">{s.years}</th>
                <th scope="col">{s.rule}</th>
              </tr>
            </thead>
            <tbody>
              {estimated.map((e) => (
                <tr key={e.rate}>
                  <th scope="row">{e.rate}</th>
                  <td>{yearRanges(e.years)}</td>
                  <td>{e.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="summary-section" aria-labelledby="summary-overrides">
        <h3 id="summary-overrides">{s.overrides}</h3>
        {overrides.length === 0 ? (
          <p>{s.overridesNone}</p>
        ) : (
          <table className="print-table print-list">
            <caption className="visually-hidden">{s.overrides}</caption>
            <thead>
              <tr>
                <th scope="col">{s.rate}</th>
                <th scope="col">{s.years}</th>
                <th scope="col" className="numeric">{s.value}</th>
                <th scope="col">{s.source}</th>
              </tr>
            </thead>
            <tbody>
              {overrides.map((o) => (
                <tr key={o.key}>
                  <th scope="row">{o.what}</th>
                  <td>{o.year}</td>
                  <td className="numeric">{o.value}</td>
                  <td>{o.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="summary-section" aria-labelledby="summary-assumptions">
        <h3 id="summary-assumptions">{s.assumptions}</h3>
        <p>{s.assumptionsIntro}</p>
        <table className="print-table print-list print-assumptions">
          <caption className="visually-hidden">{s.assumptionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{s.assumption}</th>
              <th scope="col">{s.value}</th>
              <th scope="col">{s.status}</th>
            </tr>
          </thead>
          <tbody>
            {assumptions.map((a) => (
              <tr key={a.key} className={a.isDefault ? 'is-default' : undefined}>
                <th scope="row">{a.key}</th>
                <td>{a.value}</td>
                <td>{a.isDefault ? s.isDefault : s.changed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
