import { memo, useCallback } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { MONEY_STEPS, niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, ChartLegend, HatchPattern, sameValues, useAxisLabel, useChartFormatters, useSvgId, type ChartFormatters, type ChartSize, type LegendItem } from '../chart-kit';
import { grantGroupColours, palette, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { GRANT_GROUPS, toGrantSeries, type GrantSeries } from '../../report/grant-series';
import { memoByProjection } from '../../report/memo';

const seriesOf = memoByProjection(toGrantSeries);

function toTable(series: GrantSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const groups = series.groups;
  return {
    caption: t.grantChart.tableCaption,
    columns: [t.chartFrame.year, ...groups.map((g) => t.grantChart.groups[g]), t.chartFrame.total],
    rows: series.rows.map((row, y) => ({
      header: series.estimated[y] === true ? t.forecastCharts.estimatedYear(row.year) : String(row.year),
      cells: [...groups.map((g) => formatNumber(row[g])), formatNumber(series.totals[y] ?? 0)],
    })),
    csv: [
      [t.chartFrame.year, ...groups.map((g) => t.grantChart.groups[g]), t.chartFrame.total],
      ...series.rows.map((row, y) => [row.year, ...groups.map((g) => row[g]), series.totals[y] ?? 0]),
    ],
  };
}

interface LayersProps {
  readonly groups: GrantSeries['groups'];
  readonly estimated: GrantSeries['estimated'];
  readonly hatchPrefix: string;
  /** The y-axis' round ticks, in kroner. */
  readonly ticks: readonly number[];
  readonly axisLabel: ReturnType<typeof useAxisLabel>;
  readonly t: Messages;
  /** The language's tick and tooltip formatters: the same object while the language stays. */
  readonly f: ChartFormatters;
}

/** Axes and bars: drawn again only when the groups or the estimated years change (see sameValues). */
const GrantLayers = memo(function GrantLayers({ groups, estimated, hatchPrefix, ticks, axisLabel, t, f }: LayersProps) {
  const hatch = (group: string) => `${hatchPrefix}-${group}`;
  return (
    <>
      <defs>
        {GRANT_GROUPS.map((g) => (
          <HatchPattern key={g} id={hatch(g)} colour={grantGroupColours[g]} />
        ))}
      </defs>
      <CartesianGrid vertical={false} stroke={palette.gridLine} />
      <XAxis dataKey="year" {...axisStyle} />
      <YAxis tickFormatter={f.tickMillions} {...axisStyle} {...roundTicks(ticks)} width={56} label={axisLabel} />
      <Tooltip formatter={f.tooltipKroner} />
      {groups.map((group) => (
        <Bar
          key={group}
          dataKey={group}
          name={t.grantChart.groups[group]}
          stackId="grants"
          fill={grantGroupColours[group]}
          stroke={palette.background}
          strokeWidth={1}
          isAnimationActive={false}
        >
          {estimated.map((isEstimated, y) => (
            <Cell key={y} fill={isEstimated ? `url(#${hatch(group)})` : grantGroupColours[group]} />
          ))}
        </Bar>
      ))}
    </>
  );
}, sameValues);

/** Grant income by group and year, as a stacked bar chart in the shared chart frame. */
export const GrantChart = memo(function GrantChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const t = useMessages();
  const format = useFormat();
  const f = useChartFormatters();
  const series = seriesOf(projection);
  const table = useCallback(() => toTable(series, t, format), [series, t, format]);
  const axisLabel = useAxisLabel(t.grantChart.axisUnit);
  const hatchPrefix = useSvgId('hatch-grant');
  const anyEstimated = series.estimated.some(Boolean);
  const legend: LegendItem[] = [
    ...series.groups.map((g) => ({ label: t.grantChart.groups[g], colour: grantGroupColours[g], swatch: 'box' as const })),
    ...(anyEstimated ? [{ label: t.forecastCharts.estimatedLegend, colour: seriesColours.estimated, swatch: 'hatch' as const }] : []),
  ];
  const trend = series.trend;
  const title = trend ? t.grantChart[trend.kind](trend.year, format.formatMillionKroner(trend.value)) : t.grantChart.empty;

  return (
    <ChartFrame
      title={title}
      table={table}
      csvFilename={t.grantChart.csvName}
      source={t.grantChart.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
      {...(anyEstimated ? { note: t.forecastCharts.estimatedNote } : {})}
    >
      <ResponsiveContainer width={size?.width ?? '100%'} height={size?.height ?? 340}>
        <BarChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <GrantLayers groups={series.groups} estimated={series.estimated} hatchPrefix={hatchPrefix} ticks={niceAxis(0, Math.max(0, ...series.totals), MONEY_STEPS.minStep, MONEY_STEPS.multipliers).ticks} axisLabel={axisLabel} t={t} f={f} />
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </ChartFrame>
  );
});
