import type { Projection } from '../engine';
import { useMessages } from '../i18n/use-messages';
import { investmentRows } from '../report/investment-rows';
import { MoneyCell } from './money-cell';

interface InvestmentTableProps {
  readonly projection: Projection;
  readonly captionId?: string;
  readonly className: string;
  /** Amounts in whole thousands (the print, captioned «i 1 000 kr» by its caller). */
  readonly inThousands?: boolean;
  readonly caption?: string;
}

/**
 * The investment budget (lib/investment-rows) per plan year, with the economy plan and the whole
 * horizon beside it: buying and building, Husbanken's grant, net. The same on the plan and in
 * the print. Its amounts rest on the planner's own cost and the grant's known rates, never on an
 * estimated rate, so they carry no ≈.
 */
export function InvestmentTable({ projection, captionId, className, inThousands = false, caption }: InvestmentTableProps) {
  const t = useMessages();
  const c = projection.capital;
  const rows = investmentRows(projection, t);
  const cell = (value: number) => ({ value, estimated: false });
  const money = (key: string, value: number) => (
    <MoneyCell key={key} cell={cell(value)} marker={t.forecast.estimatedMarker} markerText={t.forecast.estimatedSr} inThousands={inThousands} />
  );
  return (
    <table className={className}>
      <caption id={captionId}>{caption ?? t.investment.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.forecast.line}</th>
          {projection.years.map((year) => (
            <th key={year} scope="col" className="numeric">
              {year}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t.forecast.economyPlan(c.economyPlan.fromYear, c.economyPlan.toYear)}
          </th>
          <th scope="col" className="numeric">
            {t.forecast.horizon(c.horizon.fromYear, c.horizon.toYear)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.key === 'netInvestment' ? 'total-row net' : row.key}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, y) => money(String(y), value))}
            {money('plan', row.economyPlan)}
            {money('horizon', row.horizon)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
