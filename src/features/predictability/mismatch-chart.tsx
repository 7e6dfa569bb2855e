import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, ChartLegend, useChartFormatters } from '../../components/chart-kit';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { frameLabels } from '../../components/charts/fan-labels';
import type { MismatchSeries } from '../../report/value-series';

function toTable(series: MismatchSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const p = t.predictability;
  const columns = [p.mismatch.kind, p.modes.yearly, p.modes.commitment];
  const label = (metric: MismatchSeries['rows'][number]['metric']) => `${p.metrics[metric].label} (${p.metrics[metric].unit})`;
  const rows = series.rows.map((r) => ({ header: label(r.metric), cells: [formatNumber(r.yearly), formatNumber(r.commitment)] }));
  const csv = series.rows.map((r) => [label(r.metric), r.yearly, r.commitment]);
  return { caption: p.mismatch.caption, columns, rows, csv: [columns, ...csv] };
}

/** The title states, in the unit-months the bars show, what the commitment changes for dwellings. */
function title(series: MismatchSeries, t: Messages, { formatNumber }: Formatter): string {
  const p = t.predictability.mismatch;
  const change = (metric: 'dwellingMonthsShort' | 'dwellingMonthsIdle') => {
    const row = series.rows.find((r) => r.metric === metric);
    return (row?.yearly ?? 0) - (row?.commitment ?? 0);
  };
  const short = change('dwellingMonthsShort');
  const idle = change('dwellingMonthsIdle');
  return p.title(formatNumber(Math.abs(short)), Math.sign(short), formatNumber(Math.abs(idle)), Math.sign(idle));
}

/** The expected mismatch of capacity in unit-months, both modes. */
export const MismatchChart = memo(function MismatchChart({ series }: { readonly series: MismatchSeries }) {
  const t = useMessages();
  const p = t.predictability;
  const format = useFormat();
  const f = useChartFormatters();
  const table = useMemo(() => toTable(series, t, format), [series, t, format]);
  const data = series.rows.map((r) => ({ ...r, label: p.metrics[r.metric].label }));
  return (
    <ChartFrame
      title={title(series, t, format)}
      table={table}
      csvFilename={p.mismatch.csvName}
      source={p.fan.source}
      labels={frameLabels(t)}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={palette.gridLine} />
          <XAxis type="number" tickFormatter={f.tickNumber} {...axisStyle} />
          <YAxis type="category" dataKey="label" width={190} {...axisStyle} />
          <Tooltip formatter={f.tooltipNumber} />
          <Bar dataKey="yearly" name={p.modes.yearly} fill={seriesColours.yearly} isAnimationActive={false} />
          <Bar dataKey="commitment" name={p.modes.commitment} fill={seriesColours.commitment} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: `${p.modes.yearly} (${p.mismatch.axisUnit})`, colour: seriesColours.yearly, swatch: 'box' },
          { label: `${p.modes.commitment} (${p.mismatch.axisUnit})`, colour: seriesColours.commitment, swatch: 'box' },
        ]}
      />
    </ChartFrame>
  );
});
