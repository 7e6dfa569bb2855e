import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, sameValues, useAxisLabel, type ChartFormatters, type DrawingSize } from '../../components/chart-kit';
import { palette, residenceColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { RESIDENCE_KEYS, type ResidenceSeries } from '../../report/residence-series';

/** Axes and bars: the same on every edit, so Recharts keeps them registered (see sameValues). */
interface LayersProps {
  /** The y-axis' round ticks, whole persons. */
  readonly ticks: readonly number[];
  readonly axisLabel: ReturnType<typeof useAxisLabel>;
  readonly c: Messages['forecastCharts']['residence'];
  /** The language's tick and tooltip formatters: the same object while the language stays. */
  readonly f: ChartFormatters;
}

const ResidenceLayers = memo(function ResidenceLayers({ ticks, axisLabel, c, f }: LayersProps) {
  return (
    <>
      <CartesianGrid vertical={false} stroke={palette.gridLine} />
      <XAxis dataKey="year" {...axisStyle} />
      <YAxis tickFormatter={f.tickNumber} {...axisStyle} {...roundTicks(ticks)} width={56} label={axisLabel} />
      <Tooltip formatter={f.tooltipNumber} />
      {RESIDENCE_KEYS.map((key, i) => (
        <Bar key={key} dataKey={key} name={c.years[i] ?? key} stackId="persons" fill={residenceColours[i]} stroke={palette.background} strokeWidth={1} isAnimationActive={false} />
      ))}
    </>
  );
}, sameValues);

export interface ResidencePlotProps {
  readonly series: ResidenceSeries;
  readonly c: Messages['forecastCharts']['residence'];
  readonly f: ChartFormatters;
  readonly size: DrawingSize;
}

/** The residence chart's drawing (Recharts, loaded after the first paint). */
export function ResidencePlot({ series, c, f, size }: ResidencePlotProps) {
  const axisLabel = useAxisLabel(c.axisUnit);
  return (
    <ResponsiveContainer width={size.width} height={size.height}>
      <BarChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
        <ResidenceLayers ticks={niceAxis(0, Math.max(0, ...series.rows.map((r) => r.total)), 1).ticks} axisLabel={axisLabel} c={c} f={f} />
      </BarChart>
    </ResponsiveContainer>
  );
}
