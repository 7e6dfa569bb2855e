import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, sameValues, useAxisLabel, type ChartFormatters, type DrawingSize } from '../chart-kit';
import { palette, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import type { CapacitySeries } from '../../report/capacity-series';

type Strings = Messages['forecastCharts']['housing'] | Messages['forecastCharts']['programme'];

/** January of each year as the month axis' ticks; the same array while the plan period is the same (stable axis props). */
const januaryCache = new Map<string, readonly string[]>();
function januariesOf(series: CapacitySeries): readonly string[] {
  const key = `${series.rows[0]?.month ?? ''}/${series.rows.length}`;
  let ticks = januaryCache.get(key);
  if (!ticks) {
    ticks = series.rows.filter((r) => r.month.endsWith('-01')).map((r) => r.month);
    januaryCache.set(key, ticks);
  }
  return ticks;
}

interface LayersProps {
  readonly januaries: readonly string[];
  /** The y-axis' round ticks, whole households or persons. */
  readonly ticks: readonly number[];
  readonly axisLabel: ReturnType<typeof useAxisLabel>;
  readonly c: Strings;
  /** The language's tick and tooltip formatters: the same object while the language stays. */
  readonly f: ChartFormatters;
}

/**
 * Axes, bands and lines: the same on every edit, so Recharts keeps them registered (see
 * sameValues). Every series steps from month to month (the figures are monthly stocks), so
 * the bands meet the capacity line at its steps instead of sloping into them.
 */
const CapacityLayers = memo(function CapacityLayers({ januaries, ticks, axisLabel, c, f }: LayersProps) {
  return (
    <>
      <CartesianGrid vertical={false} stroke={palette.gridLine} />
      <XAxis dataKey="month" ticks={januaries as string[]} tickFormatter={f.tickMonth} {...axisStyle} minTickGap={8} />
      <YAxis tickFormatter={f.tickNumber} {...axisStyle} {...roundTicks(ticks)} width={56} label={axisLabel} />
      <Tooltip labelFormatter={f.tooltipMonth} formatter={f.tooltipNumber} />
      <Area dataKey="shortBand" type="stepAfter" name={c.shortLabel} fill={seriesColours.shortage} fillOpacity={0.55} stroke="none" isAnimationActive={false} tooltipType="none" />
      <Area dataKey="idleBand" type="stepAfter" name={c.idle} fill={seriesColours.idle} fillOpacity={0.35} stroke="none" isAnimationActive={false} tooltipType="none" />
      <Line dataKey="capacity" name={c.capacity} type="stepAfter" stroke={seriesColours.available} strokeWidth={2.5} dot={false} isAnimationActive={false} connectNulls={false} />
      <Line dataKey="need" type="stepAfter" name={c.need} stroke={seriesColours.needed} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
    </>
  );
}, sameValues);

export interface CapacityPlotProps {
  readonly series: CapacitySeries;
  readonly c: Strings;
  readonly f: ChartFormatters;
  readonly size: DrawingSize;
}

/** The housing or programme chart's drawing (Recharts, loaded after the first paint). */
export function CapacityPlot({ series, c, f, size }: CapacityPlotProps) {
  const axisLabel = useAxisLabel(c.axisUnit);
  const januaries = januariesOf(series);
  return (
    <ResponsiveContainer width={size.width} height={size.height}>
      <ComposedChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CapacityLayers januaries={januaries} ticks={niceAxis(0, Math.max(0, ...series.rows.flatMap((r) => [r.need, r.capacity ?? 0, r.shortBand[1]])), 1).ticks} axisLabel={axisLabel} c={c} f={f} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
