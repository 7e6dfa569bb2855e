import { memo, useMemo, type ReactElement } from 'react';
import type { SimulationResult } from '../../engine/predictability/simulate';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { FanChart } from './fan-chart';
import { FAN_METRICS, toFanSeries } from './fan-series';
import { MismatchChart } from './mismatch-chart';
import { SpreadChart } from './spread-chart';
import { useStaggered } from './use-staggered';
import { toMismatchSeries, toPredictabilityValue, toSpreadSeries, type PredictabilityValue } from './value-series';

/** Below this, the difference in expected net reads as "about the same" (it rounds to 0,0 mill. kr). */
const SAME_NET = 50_000;

export function ValueSentence({ result }: { readonly result: SimulationResult }) {
  const p = useMessages().predictability.value;
  const { formatMillionKroner, formatNumber } = useFormat();
  const value: PredictabilityValue = useMemo(() => toPredictabilityValue(result), [result]);
  const perYear = formatNumber(value.commitmentPerYear);
  const spread = formatMillionKroner(Math.abs(value.spreadReduction));
  const less = value.spreadReduction >= 0;
  const sentence =
    Math.abs(value.netGain) < SAME_NET
      ? p.sentenceSame(perYear, value.years, spread, less)
      : p.sentence(perYear, value.years, formatMillionKroner(Math.abs(value.netGain)), value.netGain > 0, spread, less);
  return (
    <>
      <p className="value-sentence">{sentence}</p>
      <p className="muted">{p.detail(formatNumber(value.paths))}</p>
    </>
  );
}

interface ChartsProps {
  readonly result: SimulationResult;
  readonly startYear: number;
  /** The planner has entered a cost per idle dwelling or for emergency housing. */
  readonly costsEntered: boolean;
}

/** The charts of each result, kept per result: the previous result's charts must stay the same elements, so that React leaves them be. */
const chartCache = new WeakMap<SimulationResult, { readonly key: string; readonly charts: readonly ReactElement[] }>();

function chartsOf(result: SimulationResult | null, startYear: number, costsEntered: boolean): readonly ReactElement[] {
  if (result === null) return [];
  const key = `${startYear}/${costsEntered}`;
  const hit = chartCache.get(result);
  if (hit?.key === key) return hit.charts;
  const charts = [
    <SpreadChart key="spread" series={toSpreadSeries(result, startYear)} />,
    <MismatchChart key="mismatch" series={toMismatchSeries(result, costsEntered)} />,
    ...FAN_METRICS.map((m) => <FanChart key={m} series={toFanSeries(result, m, startYear)} />),
  ];
  chartCache.set(result, { key, charts });
  return charts;
}

const CHARTS = 2 + FAN_METRICS.length;

/**
 * The spread, the cost of mismatch and the fan charts. A new result reaches the charts one per
 * task (useStaggered); until then a chart keeps the previous result's drawing.
 */
export const ResultCharts = memo(function ResultCharts({ result, startYear, costsEntered }: ChartsProps) {
  const { count, previous } = useStaggered(result, CHARTS);
  const next = chartsOf(result, startYear, costsEntered);
  const before = chartsOf(previous, startYear, costsEntered);
  const shown = next.map((chart, i) => (i < count ? chart : before[i])).filter((c): c is ReactElement => c !== undefined);
  return <div aria-busy={count < CHARTS}>{shown}</div>;
});
