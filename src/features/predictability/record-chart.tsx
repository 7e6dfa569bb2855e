import { memo, useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, ChartLegend, HatchPattern, useSvgId, useAxisLabel, useChartFormatters } from '../../components/chart-kit';
import { niceAxis } from '../../lib/nice-axis';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { frameLabels } from '../../components/charts/fan-labels';
import type { RecordSeries } from '../../report/record-series';

function toTable(series: RecordSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const r = t.predictability.record;
  const columns = [t.chartFrame.year, r.request, r.revised, r.decided, r.settled];
  const n = (v: number | null) => (v === null ? '' : formatNumber(v));
  return {
    caption: r.caption,
    columns,
    rows: series.rows.map((row) => ({
      header: String(row.year),
      cells: [n(row.request), n(row.revised), n(row.decided), row.settledPartial !== null ? r.partialMark(formatNumber(row.settledPartial)) : n(row.settled)],
    })),
    csv: [
      [...columns, r.partial],
      ...series.rows.map((row) => [row.year, row.request, row.revised ?? '', row.decided ?? '', row.settled ?? row.settledPartial ?? '', row.settledPartial !== null ? 'ja' : '']),
    ],
  };
}

/** The national record 2015–2025: where the uncertainty of the yearly mode comes from (issue 5 item 2). */
export const RecordChart = memo(function RecordChart({ series }: { readonly series: RecordSeries }) {
  const t = useMessages();
  const r = t.predictability.record;
  const format = useFormat();
  const { formatNumber } = format;
  const f = useChartFormatters();
  const table = useMemo(() => toTable(series, t, format), [series, t, format]);
  const hatch = useSvgId('hatch-partial');
  const axisLabel = useAxisLabel(r.axisUnit);
  const axis = useMemo(() => niceAxis(0, Math.max(...series.rows.flatMap((row) => [row.request, row.revised ?? 0, row.decided ?? 0, row.settled ?? 0, row.settledPartial ?? 0]))), [series]);
  const dots = (colour: string) => ({ r: 5, fill: colour, stroke: palette.background, strokeWidth: 1.5 });
  return (
    <ChartFrame
      title={r.title(formatNumber(series.lowestRequest), formatNumber(series.highestRequest), series.revisedYears, series.rows.length)}
      table={table}
      csvFilename={r.csvName}
      source={r.source}
      labels={frameLabels(t)}
    >
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={series.rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <defs>
            <HatchPattern id={hatch} colour={seriesColours.settled} />
          </defs>
          <CartesianGrid vertical={false} stroke={palette.gridLine} />
          <XAxis dataKey="year" {...axisStyle} />
          <YAxis
            domain={[...axis.domain]}
            ticks={[...axis.ticks]}
            interval={0}
            tickFormatter={f.tickNumber}
            {...axisStyle}
            width={64}
            label={axisLabel}
          />
          <Tooltip formatter={f.tooltipNumber} />
          <Bar dataKey="request" name={r.request} fill={seriesColours.request} stackId="request" isAnimationActive={false} />
          <Bar dataKey="settled" name={r.settled} fill={seriesColours.settled} stackId="settled" isAnimationActive={false} />
          <Bar dataKey="settledPartial" name={r.partial} fill={`url(#${hatch})`} stroke={seriesColours.settled} stackId="settled" isAnimationActive={false} />
          <Line dataKey="revised" name={r.revised} stroke="none" dot={dots(seriesColours.revised)} activeDot={false} isAnimationActive={false} />
          <Line dataKey="decided" name={r.decided} stroke="none" dot={dots(seriesColours.decided)} activeDot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: r.request, colour: seriesColours.request, swatch: 'box' },
          { label: r.settled, colour: seriesColours.settled, swatch: 'box' },
          { label: r.partial, colour: seriesColours.settled, swatch: 'hatch' },
          { label: r.revised, colour: seriesColours.revised, swatch: 'dot' },
          { label: r.decided, colour: seriesColours.decided, swatch: 'dot' },
        ]}
      />
    </ChartFrame>
  );
});
