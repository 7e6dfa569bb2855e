import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { NO_MUNICIPALITY } from '../../store';
import type { ComparedScenario, Comparison } from '../../report/comparison';
import { ScenarioHeading } from './scenario-heading';

/** The chosen scenarios side by side, a column each: municipality, period, persons, net. */
export function OverviewTable({ comparison }: { readonly comparison: Comparison }) {
  const t = useMessages();
  const { formatKroner, formatNumber, formatSignedKroner } = useFormat();
  const o = t.compare.overview;
  const l = t.workspace.list;
  const period = l.period;
  const rows: { readonly key: string; readonly label: string; readonly cell: (s: ComparedScenario) => ReactNode }[] = [
    {
      key: 'municipality',
      label: o.municipality,
      cell: (s) => s.municipality?.name ?? (s.municipalityCode === NO_MUNICIPALITY ? l.noMunicipality : l.unknownMunicipality(s.municipalityCode)),
    },
    { key: 'period', label: o.period, cell: (s) => period(s.fromYear, s.toYear) },
    { key: 'settled', label: o.settled, cell: (s) => formatNumber(s.settled) },
    {
      key: 'economyPlan',
      label: o.economyPlan,
      cell: (s) => (
        <>
          {formatKroner(s.economyPlan.net)}
          <span className="compare-years">{period(s.economyPlan.fromYear, s.economyPlan.toYear)}</span>
        </>
      ),
    },
    { key: 'horizon', label: o.horizon, cell: (s) => formatKroner(s.horizon.net) },
    {
      key: 'horizonDifference',
      label: o.horizonDifference,
      cell: (s) => (s.horizonNetDifference === null ? '' : formatSignedKroner(s.horizonNetDifference)),
    },
  ];
  return (
    <div className="table-scroll" role="region" aria-label={o.caption} tabIndex={0}>
      <table className="data-table compare-overview">
        <caption className="visually-hidden">{o.caption}</caption>
        <thead>
          <tr>
            <td />
            {comparison.scenarios.map((s) => (
              <th key={s.id} scope="col">
                <ScenarioHeading scenario={s} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {comparison.scenarios.map((s) => (
                <td key={s.id} className={row.key === 'municipality' || row.key === 'period' ? undefined : 'numeric'}>
                  {row.cell(s)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
