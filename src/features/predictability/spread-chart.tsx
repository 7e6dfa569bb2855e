import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, ChartLegend, useAxisLabel, useChartFormatters } from '../../components/chart-kit';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { frameLabels } from '../../components/charts/fan-labels';
import type { SpreadSeries } from '../../report/value-series';

function toTable(series: SpreadSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const p = t.predictability;
  const columns = [t.chartFrame.year, p.modes.yearly, p.modes.commitment];
  return {
    caption: p.spread.caption,
    columns,
    rows: series.rows.map((r) => ({ header: String(r.year), cells: [formatNumber(r.yearly), formatNumber(r.commitment)] })),
    csv: [columns, ...series.rows.map((r) => [r.year, Math.round(r.yearly) + 0, Math.round(r.commitment) + 0])],
  };
}

/** The spread of the yearly net budget, P90 − P10, in both modes (issue 5 item 2). */
export const SpreadChart = memo(function SpreadChart({ series }: { readonly series: SpreadSeries }) {
  const t = useMessages();
  const format = useFormat();
  const { formatMillionKroner } = format;
  const f = useChartFormatters();
  const p = t.predictability;
  const table = useMemo(() => toTable(series, t, format), [series, t, format]);
  const axisLabel = useAxisLabel(p.spread.axisUnit);
  return (
    <ChartFrame
      title={p.spread.title(formatMillionKroner(series.meanYearly), formatMillionKroner(series.meanCommitment))}
      table={table}
      csvFilename={p.spread.csvName}
      source={p.fan.source}
      labels={frameLabels(t)}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={series.rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={palette.gridLine} />
          <XAxis dataKey="year" {...axisStyle} />
          <YAxis
            tickFormatter={f.tickMillions}
            {...axisStyle}
            width={56}
            label={axisLabel}
          />
          <Tooltip formatter={f.tooltipKroner} />
          <Bar dataKey="yearly" name={p.modes.yearly} fill={seriesColours.yearly} isAnimationActive={false} />
          <Bar dataKey="commitment" name={p.modes.commitment} fill={seriesColours.commitment} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: p.modes.yearly, colour: seriesColours.yearly, swatch: 'box' },
          { label: p.modes.commitment, colour: seriesColours.commitment, swatch: 'box' },
        ]}
      />
    </ChartFrame>
  );
});
