import type { Projection, Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import { dwellingOrders, housingFacts, monthText, unitCostRows } from '../../report/plan-housing-costs';
import { planInputRows, type PlanInputRow } from '../../report/plan-inputs';
import { Assumptions, Overrides } from './assumption-lists';
import { yearChunks } from './summary-tables';
import './plan-inputs-appendix.css';

interface AppendixProps {
  readonly scenario: Scenario;
  readonly projection: Projection;
  /** The municipality's name. */
  readonly municipality: string;
  readonly t: Messages;
}

/** The year grid's inputs and what follows from them (report/plan-inputs), ten years a table. */
function PerYearTable({ scenario, projection, t }: Omit<AppendixProps, 'municipality'>) {
  const p = t.planInputs;
  const f = useFormat();
  const groups = planInputRows(scenario, projection, t);
  const chunks = yearChunks(projection.years.length);
  const cell = (row: PlanInputRow, y: number) => {
    const value = row.values[y] ?? null;
    if (value === null) return p.none;
    return row.unit === 'percent' ? f.formatPercent(value / 100) : f.formatNumber(value);
  };
  return chunks.map((chunk) => (
    <table key={chunk[0]} className="print-table print-years print-inputs">
      <caption>{chunks.length > 1 ? `${p.perYearCaption}, ${projection.years[chunk[0]!]}–${projection.years[chunk[chunk.length - 1]!]}` : p.perYearCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{p.line}</th>
          {chunk.map((y) => (
            <th key={y} scope="col" className="numeric">
              {projection.years[y]}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.key}>
          <tr className="section-row">
            <th scope="rowgroup" colSpan={chunk.length + 1}>
              {group.heading}
            </th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.key} className={row.kind === 'total' ? 'total' : undefined}>
              <th scope="row">{row.label}</th>
              {chunk.map((y) => (
                <td key={y} className="numeric">
                  {cell(row, y)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  ));
}

/** The dwellings: the stock at start and the settings, then each order with the month it is ready. */
function Housing({ scenario, t }: { readonly scenario: Scenario; readonly t: Messages }) {
  const p = t.planInputs;
  const h = t.inputs.housing;
  const f = useFormat();
  const orders = dwellingOrders(scenario);
  return (
    <section className="appendix-part" aria-labelledby="appendix-housing">
      <h3 id="appendix-housing">{p.housing}</h3>
      <table className="print-table print-list">
        <caption className="visually-hidden">{p.housing}</caption>
        <tbody>
          {housingFacts(scenario, t, f).map((fact) => (
            <tr key={fact.key}>
              <th scope="row">{fact.label}</th>
              <td>{fact.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {orders.length === 0 ? (
        <p>{p.ordersNone}</p>
      ) : (
        <table className="print-table print-list print-orders">
          <caption>{p.ordersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.ordered}</th>
              <th scope="col" className="numeric">{h.units}</th>
              <th scope="col" className="numeric">{h.leadTime}</th>
              <th scope="col">{p.ready}</th>
              <th scope="col">{h.acquired}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o, i) => (
              <tr key={`${o.year}-${o.month}-${i}`}>
                <th scope="row">{monthText(o.year, o.month, f)}</th>
                <td className="numeric">{f.formatNumber(o.units)}</td>
                <td className="numeric">{f.formatNumber(o.leadTimeMonths)}</td>
                <td>{monthText(o.readyYear, o.readyMonth, f)}</td>
                <td>{o.acquired ? p.acquiredYes : p.acquiredNo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Every amount the municipality entered; those left at 0 named in one sentence. */
function Costs({ scenario, t }: { readonly scenario: Scenario; readonly t: Messages }) {
  const p = t.planInputs;
  const f = useFormat();
  const rows = unitCostRows(scenario, t, f);
  const entered = rows.filter((r) => r.entered);
  const left = rows.filter((r) => !r.entered);
  return (
    <section className="appendix-part" aria-labelledby="appendix-costs">
      <h3 id="appendix-costs">{p.costs}</h3>
      {entered.length === 0 ? (
        <p>{p.costsNone}</p>
      ) : (
        <>
          <table className="print-table print-list print-costs">
            <caption className="visually-hidden">{p.costsCaption}</caption>
            <tbody>
              {entered.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="numeric">{r.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {left.length > 0 && <p>{p.costsNotEntered(left.map((r) => r.label).join('; '))}</p>}
        </>
      )}
    </section>
  );
}

/**
 * The appendix «Planens forutsetninger»: what the planner entered (persons, request and decision,
 * capacity, dwellings, amounts, own rates and what-ifs) and the assumptions, on a page of its
 * own after the budget (plan-inputs-appendix.css: `break-before: page`), so the budget keeps to
 * its two pages and the inputs read, and can be attached to a case paper, as one page. Where a
 * plan holds more than a page, the assumptions move to the next page whole, never a few rows.
 */
export function PlanInputsAppendix({ scenario, projection, municipality, t }: AppendixProps) {
  const p = t.planInputs;
  const f = useFormat();
  return (
    <section className="summary-appendix" aria-labelledby="summary-appendix">
      <h2 id="summary-appendix">{p.appendix}</h2>
      <p className="appendix-intro">{p.appendixIntro(scenario.name, municipality)}</p>
      <PerYearTable scenario={scenario} projection={projection} t={t} />
      <p className="summary-note">
        {p.noneNote} {p.reunifiedNote(f.formatDecimalInput(scenario.familyReunification.perSingleAdult, 2))}
      </p>
      {/* Two columns: the dwellings with the planner's own rates under them, beside the amounts. */}
      <div className="appendix-columns">
        <div>
          <Housing scenario={scenario} t={t} />
          <Overrides scenario={scenario} t={t} />
        </div>
        <Costs scenario={scenario} t={t} />
      </div>
      <Assumptions scenario={scenario} t={t} />
    </section>
  );
}
