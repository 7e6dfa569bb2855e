import { memo, useCallback } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, ChartLegend, sameValues, useAxisLabel, useChartFormatters, type ChartFormatters, type ChartSize } from '../chart-kit';
import { palette, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { toHousingSeries, toProgrammeSeries, type CapacitySeries } from '../../report/capacity-series';
import { memoByProjection } from '../../report/memo';

type Strings = Messages['forecastCharts']['housing'] | Messages['forecastCharts']['programme'];

const housingOf = memoByProjection(toHousingSeries);
const programmeOf = memoByProjection(toProgrammeSeries);

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

function toTable(series: CapacitySeries, c: Strings, t: Messages, { formatMonth, formatNumber }: Formatter): ChartTable {
  const columns = [t.forecastCharts.month, c.need, c.capacity, c.shortLabel, c.idle];
  const noLimit = 'noLimit' in c ? c.noLimit : '';
  return {
    caption: c.tableCaption,
    columns,
    rows: series.rows.map((r) => ({
      header: formatMonth(r.month),
      cells: [formatNumber(r.need), r.capacity === null ? noLimit : formatNumber(r.capacity), formatNumber(r.short), formatNumber(r.idle)],
    })),
    csv: [columns, ...series.rows.map((r) => [r.month, r.need, r.capacity ?? '', r.short, r.idle])],
  };
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

/** Need against capacity by month, the shortage and the idle units as bands between the lines. */
interface CapacityChartProps {
  readonly series: CapacitySeries;
  readonly c: Strings;
  readonly title: string;
  readonly size: ChartSize | undefined;
}

function CapacityChart({ series, c, title, size }: CapacityChartProps) {
  const t = useMessages();
  const format = useFormat();
  const f = useChartFormatters();
  const table = useCallback(() => toTable(series, c, t, format), [series, c, t, format]);
  const axisLabel = useAxisLabel(c.axisUnit);
  const januaries = januariesOf(series);
  return (
    <ChartFrame
      title={title}
      table={table}
      csvFilename={c.csvName}
      source={c.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
    >
      <ResponsiveContainer width={size?.width ?? '100%'} height={size?.height ?? 300}>
        <ComposedChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CapacityLayers januaries={januaries} ticks={niceAxis(0, Math.max(0, ...series.rows.flatMap((r) => [r.need, r.capacity ?? 0, r.shortBand[1]])), 1).ticks} axisLabel={axisLabel} c={c} f={f} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: c.need, colour: seriesColours.needed, swatch: 'dashed' },
          { label: c.capacity, colour: seriesColours.available, swatch: 'line' },
          { label: c.shortLabel, colour: seriesColours.shortage, swatch: 'band' },
          { label: c.idle, colour: seriesColours.idle, swatch: 'band' },
        ]}
      />
    </ChartFrame>
  );
}

/** Dwellings needed against available by month (issue 4, chart 4). */
export const HousingChart = memo(function HousingChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const c = useMessages().forecastCharts.housing;
  const { formatMonth, formatNumber } = useFormat();
  const series = housingOf(projection);
  const title =
    series.peakNeed === null
      ? c.nobody
      : series.firstShortMonth !== null
        ? c.short(formatMonth(series.firstShortMonth), formatNumber(series.worstShort))
        : series.mostIdle > 0
          ? c.enoughIdle(formatNumber(series.mostIdle))
          : c.enough;
  return <CapacityChart series={series} c={c} title={title} size={size} />;
});

/** Programme participants against places by month, with those waiting (issue 4, chart 5). */
export const ProgrammeChart = memo(function ProgrammeChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const c = useMessages().forecastCharts.programme;
  const { formatMonth, formatNumber } = useFormat();
  const series = programmeOf(projection);
  const peak = series.peakNeed;
  const title =
    peak === null
      ? c.nobody
      : series.firstShortMonth !== null
        ? c.short(formatMonth(series.firstShortMonth), formatNumber(series.worstShort))
        : series.unlimited
          ? c.unlimited(formatNumber(peak.value), formatMonth(peak.month))
          : c.enough;
  return <CapacityChart series={series} c={c} title={title} size={size} />;
});
