import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { grantGroupColours, palette } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { formatKroner, formatMillionKroner, formatMillions, formatNumber } from '../../lib/format';
import { toGrantSeries, type GrantSeries } from './grant-series';

function toTable(series: GrantSeries, t: Messages): ChartTable {
  const groups = series.groups;
  return {
    caption: t.grantChart.tableCaption,
    columns: [t.chartFrame.year, ...groups.map((g) => t.grantChart.groups[g]), t.chartFrame.total],
    rows: series.rows.map((row, y) => ({
      header: String(row.year),
      cells: [...groups.map((g) => formatNumber(row[g])), formatNumber(series.totals[y] ?? 0)],
    })),
    csv: [
      [t.chartFrame.year, ...groups.map((g) => t.grantChart.groups[g]), t.chartFrame.total],
      ...series.rows.map((row, y) => [row.year, ...groups.map((g) => row[g]), series.totals[y] ?? 0]),
    ],
  };
}

/** Grant income by group and year, as a stacked bar chart in the shared chart frame. */
export function GrantChart({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const series = toGrantSeries(projection);
  const title = series.peak
    ? t.grantChart.peak(series.peak.year, formatMillionKroner(series.peak.total))
    : t.grantChart.empty;

  return (
    <ChartFrame
      title={title}
      table={toTable(series, t)}
      csvFilename={t.grantChart.csvName}
      source={t.grantChart.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
    >
      <ResponsiveContainer width="100%" height={340}>
        <BarChart data={[...series.rows]} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={palette.gridLine} />
          <XAxis dataKey="year" tick={{ fill: palette.text }} stroke={palette.border} />
          <YAxis
            tickFormatter={(value: number) => formatMillions(value)}
            tick={{ fill: palette.text }}
            stroke={palette.border}
            width={56}
            tickCount={6}
            label={{ value: t.grantChart.axisUnit, angle: -90, position: 'insideLeft', fill: palette.textMuted }}
          />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatKroner(value) : value)} />
          <Legend
            itemSorter={null}
            formatter={(value: string) => <span style={{ color: palette.text }}>{value}</span>}
          />
          {series.groups.map((group) => (
            <Bar
              key={group}
              dataKey={group}
              name={t.grantChart.groups[group]}
              stackId="grants"
              fill={grantGroupColours[group]}
              stroke={palette.background}
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
