import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { downloadText, toCsv } from '../../lib/csv';
import { useFormat } from '../../i18n/use-format';
import { differenceCsv } from '../../report/compare-series';
import { MEASURES, type Comparison, type ComparedScenario, type Measure } from '../../report/comparison';
import { OutsidePeriod, ScenarioHeading } from './scenario-heading';

interface RowProps {
  readonly scenario: ComparedScenario;
  readonly measure: Measure;
  readonly differenceLabel: string;
}

/** The reference's own values in a measure, or another scenario's difference from it. */
function MeasureRow({ scenario, measure, differenceLabel }: RowProps) {
  const { formatNumber, formatSignedNumber } = useFormat();
  const cells = scenario.isReference
    ? scenario.figures.map((f) => (f ? formatNumber(f[measure]) : null))
    : scenario.differences[measure].map((d) => (d === null ? null : formatSignedNumber(d)));
  return (
    <tr className={scenario.isReference ? 'compare-reference-row' : undefined}>
      <th scope="row">
        <ScenarioHeading scenario={scenario} />
        {!scenario.isReference && <span className="compare-difference-label">{differenceLabel}</span>}
      </th>
      {cells.map((text, y) => (
        <td key={y} className="numeric">
          {text ?? <OutsidePeriod />}
        </td>
      ))}
    </tr>
  );
}

/**
 * Per measure and calendar year: the reference's figures, and each other scenario's
 * difference from it (signed). A year outside a scenario's period is a dash.
 */
export function DifferenceTable({ comparison }: { readonly comparison: Comparison }) {
  const t = useMessages().compare;
  const captionId = useId();
  const differenceLabel = comparison.referenceIsBaseline ? t.table.difference : t.table.differenceFromReference;
  const span = comparison.years.length + 1;
  const download = () => {
    const rows = differenceCsv(comparison, {
      measure: t.table.csvMeasure,
      scenario: t.table.csvScenario,
      kind: t.table.csvKind,
      value: t.table.csvValue,
      difference: differenceLabel,
      measures: t.measures,
    });
    downloadText(t.table.csvName, toCsv(rows));
  };

  return (
    <section className="compare-differences" aria-labelledby={`${captionId}-heading`}>
      <h3 id={`${captionId}-heading`}>{t.table.heading}</h3>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table compare-table">
          <caption id={captionId}>{t.table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.measure}</th>
              {comparison.years.map((year) => (
                <th key={year} scope="col" className="numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          {MEASURES.map((measure) => (
            <tbody key={measure}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={span}>
                  {t.measures[measure]}
                </th>
              </tr>
              {comparison.scenarios.map((scenario) => (
                <MeasureRow key={scenario.id} scenario={scenario} measure={measure} differenceLabel={differenceLabel} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="muted">{t.table.note}</p>
      <button type="button" className="button-secondary" onClick={download}>
        {t.table.downloadCsv}
      </button>
    </section>
  );
}
