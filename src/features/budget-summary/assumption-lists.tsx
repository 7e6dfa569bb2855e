import type { ReferenceData, Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import { assumptionRows, estimatedRates, groupEstimates, policyChanges, policyChangeText, yearRanges, type AssumptionRow } from '../../report/assumptions';
import { describeSource } from '../../report/source-text';
import { codeOf } from '../../report/rate-rows';

interface ListsProps {
  readonly scenario: Scenario;
  readonly reference: ReferenceData;
  readonly t: Messages;
}

/** Rows in runs of the same section, in order. */
function bySection(rows: readonly AssumptionRow[]): { readonly section: string; readonly rows: AssumptionRow[] }[] {
  const groups: { section: string; rows: AssumptionRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.section === row.section) last.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return groups;
}

/** The estimated rates of the plan years, grouped by the rule of the estimate (in the reader's language) and their years. */
export function EstimatedRates({ scenario, reference, t }: ListsProps) {
  const s = t.budgetSummary;
  const estimated = groupEstimates(estimatedRates(scenario, reference));
  return (
      <section className="summary-section" aria-labelledby="summary-estimated">
        <h3 id="summary-estimated">{s.estimatedRates}</h3>
        {estimated.length === 0 ? (
          <p>{s.estimatedRatesNone}</p>
        ) : (
          <table className="print-table print-list print-estimates">
            <caption>{s.estimatedRatesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.rule}</th>
                <th scope="col">{s.years}</th>
                <th scope="col">{s.rates}</th>
              </tr>
            </thead>
            <tbody>
              {estimated.map((group) => (
                <tr key={group.rates[0]}>
                  <th scope="row">{describeSource(group.source, t.rates)}</th>
                  <td className="years">{yearRanges(group.years)}</td>
                  <td>
                    {group.rates
                      .map((rate) => {
                        const code = codeOf(rate);
                        return code === null ? t.rates.labels[rate] : `${t.rates.labels[rate]} (${code})`;
                      })
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
  );
}

/** Every rate override and policy what-if, named as the rates screen names them. */
export function Overrides({ scenario, t }: Omit<ListsProps, 'reference'>) {
  const s = t.budgetSummary;
  const format = useFormat();
  const overrides = [
    ...scenario.rateOverrides.map((o) => ({
      key: `${o.rate}:${o.year}`,
      what: t.rates.labels[o.rate],
      year: String(o.year),
      value: format.formatKroner(o.value),
      source: o.source,
    })),
    ...policyChanges(scenario).map((c) => {
      const { label, value } = policyChangeText(c, t, format);
      return { key: c.what, what: label, year: '', value, source: s.whatIf };
    }),
  ];
  return (
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
  );
}

/** The scenario's assumptions by section, defaults marked, with values written for the reader's language. */
export function Assumptions({ scenario, t }: Omit<ListsProps, 'reference'>) {
  const s = t.budgetSummary;
  const format = useFormat();
  const assumptions = bySection(assumptionRows(scenario, t, format));
  return (
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
          {assumptions.map((group) => (
            <tbody key={group.section}>
              {group.section !== '' && (
                <tr className="section-row">
                  <th scope="rowgroup" colSpan={3}>
                    {group.section}
                  </th>
                </tr>
              )}
              {group.rows.map((a) => (
                <tr key={a.key} className={a.isDefault ? 'is-default' : undefined}>
                  <th scope="row">{a.label}</th>
                  <td>{a.value}</td>
                  <td>{a.isDefault ? s.isDefault : s.changed}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>
  );
}
