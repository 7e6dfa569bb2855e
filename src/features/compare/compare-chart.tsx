import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, CHART_MARGIN, ChartLegend, useAxisLabel, useChartFormatters, type LegendItem } from '../../components/chart-kit';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { distinctNames, seriesKey, wholeAsShown, type OverlayRow } from '../../report/compare-series';
import type { Comparison } from '../../report/comparison';

/**
 * The other scenarios' lines, each its own hue (fills reach 3:1 on white, see palette.ts);
 * the reference is drawn apart: grey, thicker and dashed, as a baseline is everywhere else.
 */
const OTHER_COLOURS = [seriesColours.net, seriesColours.shortage, seriesColours.decided] as const;

interface LineStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeDasharray?: string;
}

const styleOf = (k: number): LineStyle =>
  k === 0
    ? { stroke: seriesColours.baseline, strokeWidth: 3.5, strokeDasharray: '9 5' }
    : { stroke: OTHER_COLOURS[(k - 1) % OTHER_COLOURS.length] ?? palette.text, strokeWidth: 2.5 };

const DOT = { r: 3 };

function toTable(
  comparison: Comparison,
  rows: readonly OverlayRow[],
  caption: string,
  names: readonly string[],
  t: Messages,
  formatNumber: (value: number) => string,
): ChartTable {
  const columns = [t.chartFrame.year, ...names];
  return {
    caption,
    columns,
    rows: rows.map((row) => ({
      header: String(row.year),
      cells: comparison.scenarios.map((_, k) => {
        const value = row[seriesKey(k)];
        return value === null || value === undefined ? '–' : formatNumber(value);
      }),
    })),
    csv: [
      columns,
      ...rows.map((row) => [
        row.year,
        ...comparison.scenarios.map((_, k) => {
          const value = row[seriesKey(k)];
          return value === null || value === undefined ? '' : wholeAsShown(value);
        }),
      ]),
    ],
  };
}

interface CompareChartProps {
  readonly comparison: Comparison;
  readonly rows: readonly OverlayRow[];
  /** The finding, as a sentence. */
  readonly title: string;
  readonly caption: string;
  readonly csvName: string;
}

/** One line per chosen scenario over the calendar years, in the shared chart frame. */
export const CompareChart = memo(function CompareChart({ comparison, rows, title, caption, csvName }: CompareChartProps) {
  const t = useMessages();
  const c = t.compare;
  const { formatNumber } = useFormat();
  const f = useChartFormatters();
  const axisLabel = useAxisLabel(c.charts.axisUnit);
  const names = useMemo(
    () =>
      distinctNames(comparison.scenarios.map((s) => s.name)).map((name, k) =>
        k === 0 ? `${name} (${(comparison.referenceIsBaseline ? c.baseline : c.reference).toLowerCase()})` : name,
      ),
    [comparison, c],
  );
  const table = useMemo(() => toTable(comparison, rows, caption, names, t, formatNumber), [comparison, rows, caption, names, t, formatNumber]);
  const legend: LegendItem[] = names.map((label, k) => ({ label, colour: styleOf(k).stroke, swatch: k === 0 ? 'dashed' : 'line' }));
  return (
    <ChartFrame
      title={title}
      table={table}
      csvFilename={csvName}
      source={c.charts.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={palette.gridLine} />
          <XAxis dataKey="year" {...axisStyle} />
          <YAxis tickFormatter={f.tickMillions} {...axisStyle} width={56} label={axisLabel} />
          <Tooltip formatter={f.tooltipKroner} />
          <ReferenceLine y={0} stroke={palette.border} />
          {comparison.scenarios.map((s, k) => (
            <Line key={s.id} dataKey={seriesKey(k)} name={names[k] ?? s.name} {...styleOf(k)} dot={DOT} isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </ChartFrame>
  );
});
