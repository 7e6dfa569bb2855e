import { memo, useId, type ReactElement } from 'react';
import { FanChart } from '../../components/charts';
import type { SimulationResult } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { FAN_METRICS, toFanSeries } from '../../report/fan-series';
import type { PredictabilityValue, ValueMetric } from '../../report/predictability';
import { MismatchChart } from './mismatch-chart';
import { SpreadChart } from './spread-chart';
import { useStaggered } from './use-staggered';
import { toMismatchSeries, toSpreadSeries } from '../../report/value-series';

/** The councillor's sentence: every number in it is a cell of the table below it, rounded as there. */
export function ValueSentence({ value }: { readonly value: PredictabilityValue }) {
  const p = useMessages().predictability.value;
  const format = useFormat();
  return (
    <>
      <p className="value-sentence" data-testid="value-sentence">
        {p.sentence(value, format)}
      </p>
      <p className="muted">{p.detail(format.formatNumber(value.paths))}</p>
    </>
  );
}

const isKronerRow = (metric: ValueMetric) => metric === 'mismatchCost' || metric === 'income' || metric === 'net';

/** Each mode's mean over the plan's years, the difference and its P10–P90 over the paths. */
export function ValueTable({ value }: { readonly value: PredictabilityValue }) {
  const t = useMessages().predictability;
  const { formatNumber } = useFormat();
  const captionId = useId();
  const label = (metric: ValueMetric) => `${t.valueTable.metrics[metric]} (${isKronerRow(metric) ? 'kr' : t.valueTable.units[metric]})`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="value-table" data-testid="value-table">
        <caption id={captionId}>{t.valueTable.caption(value.firstYear, value.lastYear)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.mismatch.kind}</th>
            <th scope="col">{t.modes.yearly}</th>
            <th scope="col">{t.modes.commitment}</th>
            <th scope="col">{t.valueTable.difference}</th>
            <th scope="col">P10</th>
            <th scope="col">P90</th>
          </tr>
        </thead>
        <tbody>
          {value.rows.map((r) => (
            <tr key={r.metric} data-metric={r.metric}>
              <th scope="row">{label(r.metric)}</th>
              <td>{formatNumber(r.yearly)}</td>
              <td>{formatNumber(r.commitment)}</td>
              <td>{formatNumber(r.difference)}</td>
              <td>{formatNumber(r.p10)}</td>
              <td>{formatNumber(r.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ChartsProps {
  readonly result: SimulationResult;
  readonly startYear: number;
}

/** The charts of each result, kept per result: the previous result's charts must stay the same elements, so that React leaves them be. */
const chartCache = new WeakMap<SimulationResult, { readonly key: number; readonly charts: readonly ReactElement[] }>();

function chartsOf(result: SimulationResult | null, startYear: number): readonly ReactElement[] {
  if (result === null) return [];
  const hit = chartCache.get(result);
  if (hit?.key === startYear) return hit.charts;
  const metrics = FAN_METRICS.filter((m) => result.placesLimited || (m !== 'placeMonthsShort' && m !== 'placeMonthsIdle'));
  const charts = [
    <MismatchChart key="mismatch" series={toMismatchSeries(result)} />,
    <SpreadChart key="spread" series={toSpreadSeries(result, startYear)} />,
    ...metrics.map((m) => <FanChart key={m} series={toFanSeries(result, m, startYear)} />),
  ];
  chartCache.set(result, { key: startYear, charts });
  return charts;
}

/**
 * The cost of mismatch, the spread and the fan charts. A new result reaches the charts after the
 * render that shows its sentence, in tasks of a few milliseconds (useStaggered); until then a
 * chart keeps the previous result's drawing.
 */
export const ResultCharts = memo(function ResultCharts({ result, startYear }: ChartsProps) {
  const next = chartsOf(result, startYear);
  const { count, previous } = useStaggered(result, next.length);
  const before = chartsOf(previous, startYear);
  const shown = next.map((chart, i) => (i < count ? chart : before[i])).filter((c): c is ReactElement => c !== undefined);
  return <div aria-busy={count < next.length}>{shown}</div>;
});
