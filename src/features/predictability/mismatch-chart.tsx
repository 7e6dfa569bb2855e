import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, ChartLegend, useChartFormatters } from '../../components/chart-kit';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { frameLabels } from './chart-labels';
import type { MismatchSeries } from './value-series';

function toTable(series: MismatchSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const p = t.predictability;
  const columns = [p.mismatch.kind, p.modes.yearly, p.modes.commitment];
  const label = (metric: MismatchSeries['rows'][number]['metric']) => `${p.metrics[metric].label} (${p.metrics[metric].unit})`;
  const rows = series.rows.map((r) => ({ header: label(r.metric), cells: [formatNumber(r.yearly), formatNumber(r.commitment)] }));
  const csv = series.rows.map((r) => [label(r.metric), r.yearly, r.commitment]);
  if (series.kroner) {
    rows.push({ header: p.mismatch.kroner, cells: [formatNumber(series.kroner.yearly), formatNumber(series.kroner.commitment)] });
    csv.push([p.mismatch.kroner, series.kroner.yearly, series.kroner.commitment]);
  }
  return { caption: p.mismatch.caption, columns, rows, csv: [columns, ...csv] };
}

function title(series: MismatchSeries, t: Messages, { formatMillionKroner, formatNumber }: Formatter): string {
  const p = t.predictability.mismatch;
  if (series.kroner) return p.titleKroner(formatMillionKroner(series.kroner.yearly), formatMillionKroner(series.kroner.commitment));
  const fewer = (metric: 'dwellingMonthsShort' | 'dwellingMonthsIdle') => {
    const row = series.rows.find((r) => r.metric === metric);
    return formatNumber(Math.max(0, (row?.yearly ?? 0) - (row?.commitment ?? 0)));
  };
  return p.title(fewer('dwellingMonthsShort'), fewer('dwellingMonthsIdle'));
}

/** The expected cost of mismatch: unit-months always, kroner where unit costs are entered. */
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
      {...(series.kroner ? {} : { note: p.mismatch.kronerMissing })}
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
