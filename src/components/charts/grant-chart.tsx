import { memo, useCallback } from 'react';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { ChartLegend, drawingSize, useChartFormatters, useSvgId, type ChartSize, type LegendItem } from '../chart-kit';
import { useLazyModule } from '../lazy-module';
import { grantGroupColours, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { toGrantSeries, type GrantSeries } from '../../report/grant-series';
import { memoStableByProjection } from '../../report/memo';
import { drawings } from './drawings';

const seriesOf = memoStableByProjection(toGrantSeries);

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

/** Grant income by group and year, as a stacked bar chart in the shared chart frame. */
export const GrantChart = memo(function GrantChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const t = useMessages();
  const format = useFormat();
  const f = useChartFormatters();
  const series = seriesOf(projection);
  const table = useCallback(() => toTable(series, t, format), [series, t, format]);
  const plots = useLazyModule(drawings);
  const hatchPrefix = useSvgId('hatch-grant');
  const anyEstimated = series.estimated.some(Boolean);
  const legend: LegendItem[] = [
    ...series.groups.map((g) => ({ label: t.grantChart.groups[g], colour: grantGroupColours[g], swatch: 'box' as const })),
    ...(anyEstimated ? [{ label: t.forecastCharts.estimatedLegend, colour: seriesColours.estimated, swatch: 'hatch' as const }] : []),
  ];
  const drawing = drawingSize(size, 340);
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
      drawingSize={drawing}
      drawUnseen={size !== undefined}
      legend={<ChartLegend items={legend} />}
    >
      {plots && <plots.GrantPlot series={series} hatchPrefix={hatchPrefix} t={t} f={f} size={drawing} />}
    </ChartFrame>
  );
});
