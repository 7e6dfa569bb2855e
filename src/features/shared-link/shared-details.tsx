import type { Municipality, Scenario } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { personsTable } from './selectors';

interface SharedDetailsProps {
  readonly scenario: Scenario;
  readonly municipality: Municipality | null;
}

/** The shared scenario's municipality and period, and the persons to settle per year, read-only. */
export function SharedDetails({ scenario, municipality }: SharedDetailsProps) {
  const t = useMessages();
  const { formatNumber } = useFormat();
  const v = t.sharedLink.view;
  const table = personsTable(scenario);
  const from = table.years[0] ?? scenario.startYear;
  const to = table.years[table.years.length - 1] ?? scenario.startYear;
  return (
    <section className="shared-details" aria-labelledby="shared-details-heading">
      <h3 id="shared-details-heading">{v.facts}</h3>
      <dl className="shared-facts">
        <div>
          <dt>{v.municipality}</dt>
          <dd>{municipality ? `${municipality.name} (${municipality.county})` : v.noMunicipality}</dd>
        </div>
        <div>
          <dt>{v.period}</dt>
          <dd>{t.workspace.list.period(from, to)}</dd>
        </div>
      </dl>
      <h4>{v.persons}</h4>
      <div className="table-scroll" role="region" aria-labelledby="shared-persons-caption" tabIndex={0}>
        <table className="data-table shared-persons">
          <caption id="shared-persons-caption" className="visually-hidden">
            {v.personsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{v.type}</th>
              {table.years.map((year) => (
                <th key={year} scope="col" className="numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.field}>
                <th scope="row">{t.fields[row.field]}</th>
                {row.values.map((value, i) => (
                  <td key={i} className="numeric">
                    {formatNumber(value)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="shared-total-row">
              <th scope="row">{v.total}</th>
              {table.totals.map((value, i) => (
                <td key={i} className="numeric">
                  {formatNumber(value)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
