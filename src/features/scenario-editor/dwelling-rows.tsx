import { useId } from 'react';
import { NumberField } from '../../components/number-field';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { HousingInput, PipelineEntry, ReleaseEntry } from '../../engine';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import { ruleOf } from '../../components/number-checks';
import { FIELD_BOUNDS } from '../../scenario/bounds';
import { useAppStore } from '../../store';

const YEAR = { kind: 'count', min: 2000, max: 2100 } as const;
const UNITS = ruleOf(FIELD_BOUNDS['housing.pipeline.*.units']);
/** The scenario format allows 60 months; above 36 is unusual (6–24 months is usual: an assumption). */
const LEAD_TIME = ruleOf(FIELD_BOUNDS['housing.pipeline.*.leadTimeMonths']);
const LEAD_TIME_WARNING_ABOVE = 36;
/** A new order is ready after 12 months (an assumption, docs/model.md#capacity). */
const DEFAULT_LEAD_TIME = 12;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type Kind = 'pipeline' | 'releases';
type Entry = PipelineEntry | ReleaseEntry;

function MonthSelect({ label, value, onChange }: { readonly label: string; readonly value: number; readonly onChange: (month: number) => void }) {
  const id = useId();
  const { formatMonthName } = useFormat();
  return (
    <div className="field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {MONTHS.map((month) => (
          <option key={month} value={month}>
            {formatMonthName(month)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The dwelling pipeline (orders: year, month, units, lead time, bought or built) or the
 * releases (year, month, units), as a small table with a button to add and one to remove a row.
 */
export function DwellingRows({ kind }: { readonly kind: Kind }) {
  const t = useMessages();
  const m = t.inputs.housing;
  const rows: readonly Entry[] = useAppStore((state) => state.scenario.housing[kind]);
  const startYear = useAppStore((state) => state.scenario.startYear);
  const edit = useScenarioEdit();
  const setRows = (next: readonly Entry[]) =>
    edit((s) => ({ ...s, housing: { ...s.housing, [kind]: next } as HousingInput }));
  const setRow = (index: number, change: Partial<PipelineEntry>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const added: Entry =
    kind === 'pipeline'
      ? { year: startYear, month: 1, units: 0, leadTimeMonths: DEFAULT_LEAD_TIME, acquired: false }
      : { year: startYear, month: 1, units: 0 };
  const cell = (column: string, i: number) => m.cell(column, m.rowName[kind](i + 1));
  const titleId = useId();
  // Each cell also names its column, shown where the rows are stacked as cards (narrow screens).
  const head = (column: string) => (
    <span className="cell-label" aria-hidden="true">
      {column}
    </span>
  );

  return (
    <div className="dwelling-rows">
      <p id={titleId} className="table-title">
        {kind === 'pipeline' ? m.pipelineCaption : m.releasesCaption}
      </p>
      <div className="table-scroll">
        <table className="data-table input-table rows-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{m.year}</th>
              <th scope="col">{m.month}</th>
              <th scope="col">{m.units}</th>
              {kind === 'pipeline' && <th scope="col">{m.leadTime}</th>}
              {kind === 'pipeline' && <th scope="col">{m.acquired}</th>}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>
                  {head(m.year)}
                  <NumberField label={cell(m.year, i)} hideLabel value={row.year} rule={YEAR} className="grid-field" onCommit={(v) => setRow(i, { year: v })} />
                </td>
                <td>
                  {head(m.month)}
                  <MonthSelect label={cell(m.month, i)} value={row.month} onChange={(month) => setRow(i, { month })} />
                </td>
                <td>
                  {head(m.units)}
                  <NumberField label={cell(m.units, i)} hideLabel value={row.units} rule={UNITS} className="grid-field" onCommit={(v) => setRow(i, { units: v })} />
                </td>
                {'leadTimeMonths' in row && (
                  <>
                    <td>
                      {head(m.leadTime)}
                      <NumberField
                        label={cell(m.leadTime, i)}
                        hideLabel
                        value={row.leadTimeMonths}
                        rule={LEAD_TIME}
                        warn={(v) => (v > LEAD_TIME_WARNING_ABOVE ? m.leadTimeHigh : null)}
                        className="grid-field"
                        onCommit={(v) => setRow(i, { leadTimeMonths: v })}
                      />
                    </td>
                    <td className="checkbox-cell">
                      {head(m.acquired)}
                      <input
                        type="checkbox"
                        aria-label={cell(m.acquired, i)}
                        checked={row.acquired}
                        onChange={(event) => setRow(i, { acquired: event.target.checked })}
                      />
                    </td>
                  </>
                )}
                <td className="remove-cell">
                  <button type="button" className="button-secondary button-small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                    {m.remove}
                    {' '}
                    <span className="visually-hidden">{m.rowName[kind](i + 1)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="field-hint">{m.noRows}</p>}
      </div>
      <button type="button" className="button-secondary button-small" onClick={() => setRows([...rows, added])}>
        {kind === 'pipeline' ? m.addPipeline : m.addRelease}
      </button>
    </div>
  );
}
