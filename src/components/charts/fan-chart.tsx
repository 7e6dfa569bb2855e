import { memo, useMemo } from 'react';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { ChartLegend } from '../chart-kit';
import { useLazyModule } from '../lazy-module';
import { seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { formatMetric, frameLabels } from './fan-labels';
import { exportValue, isKroner, type FanRow, type FanSeries } from '../../report/fan-series';
import { drawings } from './drawings';

function toTable(series: FanSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const p = t.predictability;
  const m = p.metrics[series.metric];
  const columns = [t.chartFrame.year, ...p.fan.columns(p.modes.yearly), ...p.fan.columns(p.modes.commitment)];
  const values = (r: Pick<FanRow, 'p10' | 'p50' | 'p90'> | undefined) => [r?.p10 ?? 0, r?.p50 ?? 0, r?.p90 ?? 0].map((v) => exportValue(series.metric, v));
  const total = p.fan.total(series.years[0] ?? 0, series.years[series.years.length - 1] ?? 0);
  const totals = [...values(series.totals.yearly), ...values(series.totals.commitment)];
  return {
    caption: p.fan.caption(`${m.label} (${isKroner(series.metric) ? 'kr' : m.unit})`),
    columns,
    rows: [
      ...series.yearly.map((r, y) => ({ header: String(r.year), cells: [...values(r), ...values(series.commitment[y])].map(formatNumber) })),
      { header: total, cells: totals.map(formatNumber) },
    ],
    csv: [columns, ...series.yearly.map((r, y) => [r.year, ...values(r), ...values(series.commitment[y])]), [total, ...totals]],
  };
}

/** The title names the plan's whole period in every fan chart: the metric summed over it, P10–P90 of each mode. */
function title(series: FanSeries, t: Messages, format: Formatter): string {
  const p = t.predictability;
  const m = p.metrics[series.metric];
  // Counts carry their unit ("husstandsmåneder"), so that 469 is not read as 469 households; kroner carry theirs already.
  const unit = isKroner(series.metric) ? '' : ` ${m.unit}`;
  const shown = (v: number) => formatMetric(series.metric, exportValue(series.metric, v), format);
  // Kroner ranges carry the unit once: "55,1–284,0 mill. kr".
  const low = (v: number) => (isKroner(series.metric) ? format.formatMillions(v) : shown(v));
  const range = (q: FanSeries['totals']['yearly']) => {
    const hi = shown(q.p90);
    return `${shown(q.p10) === hi ? hi : p.fan.range(low(q.p10), hi)}${unit}`;
  };
  const first = series.years[0] ?? 0;
  const last = series.years[series.years.length - 1] ?? first;
  return p.fan.title(m.label, first, last, range(series.totals.yearly), range(series.totals.commitment));
}

/** Fan charts of one metric for both modes, side by side with the same axes on one year axis. */
export const FanChart = memo(function FanChart({ series, height = 220 }: { readonly series: FanSeries; readonly height?: number }) {
  const t = useMessages();
  const p = t.predictability;
  const format = useFormat();
  const table = useMemo(() => toTable(series, t, format), [series, t, format]);
  const plots = useLazyModule(drawings);
  return (
    <ChartFrame
      title={title(series, t, format)}
      table={table}
      csvFilename={`vifte-${p.metrics[series.metric].csv}.csv`}
      source={p.fan.source}
      labels={frameLabels(t)}
      legend={
        <ChartLegend
          items={[
            { label: `${p.modes.yearly}: ${p.fan.band}`, colour: seriesColours.yearly, swatch: 'band' },
            { label: `${p.modes.yearly}: ${p.fan.median}`, colour: seriesColours.yearly, swatch: 'line' },
            { label: `${p.modes.commitment}: ${p.fan.band}`, colour: seriesColours.commitment, swatch: 'band' },
            { label: `${p.modes.commitment}: ${p.fan.median}`, colour: seriesColours.commitment, swatch: 'line' },
          ]}
        />
      }
    >
      {plots && <plots.FanPlot series={series} height={height} p={p} format={format} />}
    </ChartFrame>
  );
});
