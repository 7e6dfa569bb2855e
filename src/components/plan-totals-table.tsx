import type { BudgetTotals } from '../engine';
import { useMessages } from '../i18n/use-messages';
import { MoneyCell } from './money-cell';

interface PlanTotalsTableProps {
  readonly economyPlan: BudgetTotals;
  readonly horizon: BudgetTotals;
  readonly caption: string;
  /** Show the caption (the print), or leave it to screen readers (the plan, whose heading says it). */
  readonly captionShown?: boolean;
  readonly className: string;
}

const ROWS = ['income', 'cost', 'net'] as const;
/** Each row rests on estimates where its own figures do: grants, costs, or either. */
const ESTIMATED = { income: 'incomeEstimated', cost: 'costEstimated', net: 'estimated' } as const;

/** Grants, costs and net of the four-year economy plan (økonomiplan) beside the whole horizon, in kroner. */
export function PlanTotalsTable({ economyPlan, horizon, caption, captionShown = false, className }: PlanTotalsTableProps) {
  const t = useMessages();
  const columns = [
    { key: 'plan', totals: economyPlan, label: t.forecast.economyPlan(economyPlan.fromYear, economyPlan.toYear) },
    { key: 'horizon', totals: horizon, label: t.forecast.horizon(horizon.fromYear, horizon.toYear) },
  ];
  return (
    <table className={className}>
      <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((column) => (
            <th key={column.key} scope="col" className="numeric">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row} className={row === 'net' ? 'total-row net' : row}>
            <th scope="row">{t.forecast[row]}</th>
            {columns.map((column) => (
              <MoneyCell
                key={column.key}
                cell={{ value: column.totals[row], estimated: column.totals[ESTIMATED[row]] }}
                marker={t.forecast.estimatedMarker}
                markerText={t.forecast.estimatedSr}
                withUnit
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
