import { useCallback } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisStyle } from '../chart-kit';
import { palette, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import type { Formatter } from '../../lib/format';
import { formatTick } from './fan-labels';
import type { FanRow, FanSeries } from '../../report/fan-series';

const MODES = ['yearly', 'commitment'] as const;

/** One mode's fan: the P10–P90 band and the median line, on the axis both modes share. */
function Fan({ rows, colour, label, unit, series, height, format }: { readonly rows: readonly FanRow[]; readonly colour: string; readonly label: string; readonly unit: string; readonly series: FanSeries; readonly height: number; readonly format: Formatter }) {
  const metric = series.metric;
  const tick = useCallback((v: number) => formatTick(metric, v, format), [metric, format]);
  return (
    <div className="fan">
      {/* The unit beside the mode, not rotated along the axis: «husstandsmåneder» is longer than a small fan is tall. */}
      <p className="fan-mode">
        {label} <span className="fan-unit">({unit})</span>
      </p>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={palette.gridLine} />
          <XAxis dataKey="year" type="number" domain={[series.years[0] ?? 0, series.years[series.years.length - 1] ?? 0]} ticks={[...series.years]} interval="preserveStartEnd" {...axisStyle} />
          <YAxis
            domain={[...series.axis.domain]}
            ticks={[...series.axis.ticks]}
            interval={0}
            tickFormatter={tick}
            {...axisStyle}
            width={64}
          />
          <Area dataKey="band" fill={colour} fillOpacity={0.25} stroke={colour} strokeOpacity={0.5} isAnimationActive={false} />
          <Line dataKey="p50" stroke={colour} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface FanPlotProps {
  readonly series: FanSeries;
  readonly height: number;
  readonly p: Messages['predictability'];
  readonly format: Formatter;
}

/** The fan chart's drawing (Recharts, loaded with the drawings of the shared charts): both modes side by side. */
export function FanPlot({ series, height, p, format }: FanPlotProps) {
  return (
    <div className="fan-pair">
      {MODES.map((mode) => (
        <Fan key={mode} rows={series[mode]} colour={seriesColours[mode]} label={p.modes[mode]} unit={p.metrics[series.metric].unit} series={series} height={height} format={format} />
      ))}
    </div>
  );
}
