import { useId } from 'react';
import { checkNumber, type NumberRule } from '../../components/number-checks';
import { formatDefault, NumberField } from '../../components/number-field';
import { pasteIntoRow } from '../../components/paste-row';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';

interface RowInputsProps {
  readonly caption: string;
  /** The caption for screen readers only (where a legend just above says the same). */
  readonly hideCaption?: boolean;
  readonly hint?: string;
  /** What the row of inputs holds ("Vekt", "Andel (%)"). */
  readonly rowHeader: string;
  /** Column headers, one per cell ("jan.", "År 1"). */
  readonly headers: readonly string[];
  /** Accessible label per cell, e.g. "Botid år 2 (%)". */
  readonly cellLabel: (index: number) => string;
  readonly values: readonly number[];
  readonly defaults: readonly number[];
  /** The defaults in words, where listing them reads badly ("1 i hver måned"). */
  readonly defaultText?: string;
  readonly assumption: boolean;
  readonly rule: NumberRule;
  /** Stores the row with `values` from `from` on; returns a message if refused. */
  readonly apply: (values: readonly number[], from: number) => string | null;
  /** A read-only row under the inputs (e.g. each month's share of the year). */
  readonly derived?: { readonly header: string; readonly cells: readonly string[] };
  readonly warn?: (value: number) => string | null;
}

/**
 * A row of numbers in a small table (months, years of residence) that a planner can tab
 * through and paste a spreadsheet row into: the paste fills the row from the cell rightwards,
 * or is refused as a whole.
 */
export function RowInputs({ caption, hideCaption = false, hint, rowHeader, headers, cellLabel, values, defaults, defaultText, assumption, rule, apply, derived, warn }: RowInputsProps) {
  const t = useMessages();
  const format = useFormat();
  const id = useId();
  const defaultsText = defaultText ?? defaults.map((d) => formatDefault(d, rule, format)).join(' / ');
  return (
    <div className="row-inputs">
      <p id={`${id}-caption`} className={hideCaption ? 'visually-hidden' : 'table-title'}>
        {caption}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`}>
        <table className="data-table input-table" aria-labelledby={`${id}-caption`}>
          <thead>
            <tr>
              <td />
              {headers.map((header) => (
                <th key={header} scope="col" className="numeric">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{rowHeader}</th>
              {values.map((value, i) => (
                <td key={i}>
                  <NumberField
                    label={cellLabel(i)}
                    hideLabel
                    value={value}
                    rule={rule}
                    {...(warn ? { warn } : {})}
                    className="grid-field"
                    onCommit={(v) => apply([v], i)}
                    onPasteText={(text) =>
                      pasteIntoRow(
                        text,
                        {
                          from: i,
                          length: values.length,
                          check: (cell) => checkNumber(cell, rule, t.inputs.check, format),
                          where: (index) => headers[index] ?? String(index + 1),
                          apply: (pasted) => apply(pasted, i),
                        },
                        t.inputs.paste,
                      )
                    }
                  />
                </td>
              ))}
            </tr>
            {derived && (
              <tr className="derived-row">
                <th scope="row">{derived.header}</th>
                {derived.cells.map((cell, i) => (
                  <td key={i} className="numeric">
                    {cell}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="field-hint">
        {hint && <>{hint} </>}
        {t.inputs.defaultIs(defaultsText)}
        {assumption && (
          <>
            {' '}
            <span className="badge badge-assumption">{t.inputs.assumption}</span>
          </>
        )}
      </p>
    </div>
  );
}
