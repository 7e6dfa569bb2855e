import { memo, useCallback } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, ChartLegend, sameValues, useAxisLabel, useChartFormatters, type ChartFormatters } from '../../components/chart-kit';
import { palette, residenceColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { memoByProjection } from '../../report/memo';
import { RESIDENCE_KEYS, toResidenceSeries, type ResidenceSeries } from '../../report/residence-series';

const seriesOf = memoByProjection(toResidenceSeries);

function toTable(series: ResidenceSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const c = t.forecastCharts.residence;
  // Years of residence 1–5, their sum (what the title speaks of), 6 and later, and the total.
  const grantKeys = RESIDENCE_KEYS.slice(0, 5);
  const columns = [t.chartFrame.year, ...c.years.slice(0, 5), c.grantYears, c.years[5] ?? '', t.chartFrame.total];
  const values = (r: ResidenceSeries['rows'][number]) => [...grantKeys.map((k) => r[k]), r.grantYears, r.y6plus, r.total];
  return {
    caption: c.tableCaption,
    columns,
    rows: series.rows.map((r) => ({ header: String(r.year), cells: values(r).map(formatNumber) })),
    csv: [columns, ...series.rows.map((r) => [r.year, ...values(r)])],
  };
}

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

/** Persons in the municipality by year of residence 1–5 and 6+, per year, stacked (issue 4, chart 3). */
export const ResidenceChart = memo(function ResidenceChart({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const c = t.forecastCharts.residence;
  const format = useFormat();
  const f = useChartFormatters();
  const series = seriesOf(projection);
  const axisLabel = useAxisLabel(c.axisUnit);
  const table = useCallback(() => toTable(series, t, format), [series, t, format]);
  const trend = series.trend;
  const title = trend ? c[trend.kind](trend.year, format.formatNumber(trend.value)) : c.empty;
  return (
    <ChartFrame
      title={title}
      table={table}
      csvFilename={c.csvName}
      source={c.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <ResidenceLayers ticks={niceAxis(0, Math.max(0, ...series.rows.map((r) => r.total)), 1).ticks} axisLabel={axisLabel} c={c} f={f} />
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={RESIDENCE_KEYS.map((_, i) => ({ label: c.years[i] ?? '', colour: residenceColours[i] ?? palette.text, swatch: 'box' }))} />
    </ChartFrame>
  );
});
