import { memo, useCallback, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, ChartLegend, useAxisLabel } from '../../components/chart-kit';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { formatMetric, formatTick, frameLabels, isKroner } from './chart-labels';
import type { FanRow, FanSeries } from './fan-series';

const MODES = ['yearly', 'commitment'] as const;

function toTable(series: FanSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const p = t.predictability;
  const m = p.metrics[series.metric];
  const columns = [t.chartFrame.year, ...p.fan.columns(p.modes.yearly), ...p.fan.columns(p.modes.commitment)];
  const values = (r: FanRow | undefined) => [r?.p10 ?? 0, r?.p50 ?? 0, r?.p90 ?? 0];
  return {
    caption: p.fan.caption(`${m.label} (${isKroner(series.metric) ? 'kr' : m.unit})`),
    columns,
    rows: series.yearly.map((r, y) => ({ header: String(r.year), cells: [...values(r), ...values(series.commitment[y])].map(formatNumber) })),
    csv: [columns, ...series.yearly.map((r, y) => [r.year, ...values(r), ...values(series.commitment[y])])],
  };
}

function title(series: FanSeries, t: Messages, format: Formatter): string {
  const p = t.predictability;
  const at = (rows: readonly FanRow[]) => rows.find((r) => r.year === series.widestYear);
  const m = p.metrics[series.metric];
  // Counts carry their unit ("husstandsmåneder"), so that 469 is not read as 469 households;
  // kroner carry theirs already.
  const unit = isKroner(series.metric) ? '' : ` ${m.unit}`;
  const range = (r: FanRow | undefined) =>
    `${p.fan.range(formatMetric(series.metric, r?.p10 ?? 0, format), formatMetric(series.metric, r?.p90 ?? 0, format))}${unit}`;
  return p.fan.title(m.label, series.widestYear, range(at(series.yearly)), range(at(series.commitment)));
}

/** One mode's fan: the P10–P90 band and the median line, on the axis both modes share. */
function Fan({ rows, colour, label, series }: { readonly rows: readonly FanRow[]; readonly colour: string; readonly label: string; readonly series: FanSeries }) {
  const unit = useMessages().predictability.metrics[series.metric].unit;
  const axisLabel = useAxisLabel(unit);
  const format = useFormat();
  const metric = series.metric;
  const tick = useCallback((v: number) => formatTick(metric, v, format), [metric, format]);
  return (
    <div className="fan">
      <p className="fan-mode">{label}</p>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={palette.gridLine} />
          <XAxis dataKey="year" {...axisStyle} />
          <YAxis
            domain={[...series.axis.domain]}
            ticks={[...series.axis.ticks]}
            interval={0}
            tickFormatter={tick}
            {...axisStyle}
            width={64}
            label={axisLabel}
          />
          <Area dataKey="band" fill={colour} fillOpacity={0.25} stroke={colour} strokeOpacity={0.5} isAnimationActive={false} />
          <Line dataKey="p50" stroke={colour} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Fan charts of one metric for both modes, side by side with the same axes (issue 5 item 2). */
export const FanChart = memo(function FanChart({ series }: { readonly series: FanSeries }) {
  const t = useMessages();
  const p = t.predictability;
  const format = useFormat();
  const table = useMemo(() => toTable(series, t, format), [series, t, format]);
  return (
    <ChartFrame title={title(series, t, format)} table={table} csvFilename={`vifte-${p.metrics[series.metric].csv}.csv`} source={p.fan.source} labels={frameLabels(t)}>
      <div className="fan-pair">
        {MODES.map((mode) => (
          <Fan key={mode} rows={series[mode]} colour={seriesColours[mode]} label={p.modes[mode]} series={series} />
        ))}
      </div>
      <ChartLegend
        items={[
          { label: `${p.modes.yearly}: ${p.fan.band}`, colour: seriesColours.yearly, swatch: 'band' },
          { label: `${p.modes.yearly}: ${p.fan.median}`, colour: seriesColours.yearly, swatch: 'line' },
          { label: `${p.modes.commitment}: ${p.fan.band}`, colour: seriesColours.commitment, swatch: 'band' },
          { label: `${p.modes.commitment}: ${p.fan.median}`, colour: seriesColours.commitment, swatch: 'line' },
        ]}
      />
    </ChartFrame>
  );
});
