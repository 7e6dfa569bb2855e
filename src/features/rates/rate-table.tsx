import { Fragment, useId, useRef, useState } from 'react';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { RatePath } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { describeSource } from '../../report/source-text';
import { FigureValue, StatusBadge } from './figure-cells';
import { RateEditForm } from './rate-edit-form';
import { upsertOverride, type RateRow } from '../../report/rate-rows';

const COLUMNS = 6;

/**
 * One budget year's rates: each with its IMDi code, value (≈ where estimated), status badge
 * and source, and a button that opens an inline form to enter the year's figure.
 */
export function RateTable({ rows, year }: { readonly rows: readonly RateRow[]; readonly year: number }) {
  const t = useMessages();
  const captionId = useId();
  const edit = useScenarioEdit();
  const [editing, setEditing] = useState<RatePath | null>(null);
  const buttons = useRef(new Map<RatePath, HTMLButtonElement>());

  const close = (path: RatePath) => {
    setEditing(null);
    // Back to the button that opened the form (WAI-ARIA APG: focus returns to the invoker).
    requestAnimationFrame(() => buttons.current.get(path)?.focus());
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table rates-table">
        <caption id={captionId}>{t.rates.tableCaption(year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.rates.rate}</th>
            <th scope="col">{t.rates.code}</th>
            <th scope="col" className="numeric">
              {t.rates.value}
            </th>
            <th scope="col">{t.rates.status}</th>
            <th scope="col">{t.rates.source}</th>
            <th scope="col">{t.rates.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = t.rates.labels[row.path];
            return (
              <Fragment key={row.path}>
                <tr className={row.figure.status === 'estimated' ? 'estimated-row' : undefined}>
                  <th scope="row">{label}</th>
                  <td className="rate-code">{row.code ? <span className="line-code">{row.code}</span> : t.rates.noCode}</td>
                  <FigureValue figure={row.figure} />
                  <td>
                    <StatusBadge status={row.figure.status} />
                  </td>
                  <td className="rate-source">{describeSource(row.figure.source, t.rates)}</td>
                  <td className="rate-action">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-expanded={editing === row.path}
                      ref={(el) => {
                        if (el) buttons.current.set(row.path, el);
                        else buttons.current.delete(row.path);
                      }}
                      onClick={() => setEditing(editing === row.path ? null : row.path)}
                    >
                      {t.rates.edit}
                      {' '}
                      <span className="visually-hidden">{label}</span>
                    </button>
                  </td>
                </tr>
                {editing === row.path && (
                  <tr className="edit-row">
                    <td colSpan={COLUMNS}>
                      <RateEditForm
                        row={row}
                        year={year}
                        onSave={(value, source) =>
                          edit((s) => ({ ...s, rateOverrides: upsertOverride(s.rateOverrides, { year, rate: row.path, value, source }) }))
                        }
                        onClose={() => close(row.path)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
