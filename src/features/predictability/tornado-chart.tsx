import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { axisStyle, ChartLegend, HatchPattern, useChartFormatters, useSvgId } from '../../components/chart-kit';
import { palette, seriesColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { frameLabels } from '../../components/charts/fan-labels';
import type { TornadoSeries } from '../../report/tornado-series';

function toTable(series: TornadoSeries, t: Messages, { formatNumber, formatPercent }: Formatter): ChartTable {
  const p = t.predictability.tornado;
  const change = formatPercent(series.change);
  const columns = [p.input, p.who, p.down(change), p.up(change)];
  return {
    caption: p.caption(`±${change}`),
    columns,
    rows: series.rows.map((r) => ({ header: p.inputs[r.input], cells: [r.controlled ? p.yes : p.no, formatNumber(r.low), formatNumber(r.high)] })),
    csv: [columns, ...series.rows.map((r) => [p.inputs[r.input], r.controlled ? p.yes : p.no, r.low, r.high])],
  };
}

function title(series: TornadoSeries, t: Messages, { formatMillionKroner, formatPercent }: Formatter): string {
  const p = t.predictability.tornado;
  const top = series.rows[0];
  if (!top) return p.empty;
  const [lo, hi] = top.low <= top.high ? [top.low, top.high] : [top.high, top.low];
  return p.title(p.inputs[top.input], `±${formatPercent(series.change)}`, formatMillionKroner(lo), formatMillionKroner(hi));
}

/**
 * Sensitivity of the four-year net: per input, the change of the net with the input lowered
 * (hatched) and raised (solid); inputs the municipality controls in blue, others in brown.
 */
export const TornadoChart = memo(function TornadoChart({ series }: { readonly series: TornadoSeries }) {
  const t = useMessages();
  const format = useFormat();
  const { formatKroner, formatPercent } = format;
  const f = useChartFormatters();
  const p = t.predictability.tornado;
  const table = useMemo(() => toTable(series, t, format), [series, t, format]);
  const hatchControlled = useSvgId('hatch-controlled');
  const hatchOther = useSvgId('hatch-other');
  const change = formatPercent(series.change);
  const xLabel = useMemo(() => ({ value: p.axisUnit, position: 'bottom' as const, offset: 4, fill: palette.textMuted, fontSize: 12 }), [p.axisUnit]);
  const data = series.rows.map((r) => ({ ...r, label: `${p.inputs[r.input]}${r.controlled ? ' *' : ''}` }));
  const colour = (controlled: boolean) => (controlled ? seriesColours.controlled : seriesColours.notControlled);
  return (
    <ChartFrame title={title(series, t, format)} table={table} csvFilename={p.csvName} source={p.source} labels={frameLabels(t)} note={p.base(formatKroner(series.base))}>
      <ResponsiveContainer width="100%" height={Math.max(160, 40 + data.length * 40)}>
        <BarChart data={data} layout="vertical" barGap={2} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
          <defs>
            <HatchPattern id={hatchControlled} colour={seriesColours.controlled} />
            <HatchPattern id={hatchOther} colour={seriesColours.notControlled} />
          </defs>
          <CartesianGrid horizontal={false} stroke={palette.gridLine} />
          <XAxis type="number" tickFormatter={f.tickMillions} {...axisStyle} label={xLabel} />
          <YAxis type="category" dataKey="label" width={170} {...axisStyle} />
          <ReferenceLine x={0} stroke={seriesColours.baseline} />
          <Bar dataKey="down" isAnimationActive={false}>
            {data.map((r) => (
              <Cell key={r.input} fill={`url(#${r.controlled ? hatchControlled : hatchOther})`} stroke={colour(r.controlled)} />
            ))}
          </Bar>
          <Bar dataKey="up" isAnimationActive={false}>
            {data.map((r) => (
              <Cell key={r.input} fill={colour(r.controlled)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: `${p.controlled} (*)`, colour: seriesColours.controlled, swatch: 'box' },
          { label: p.notControlled, colour: seriesColours.notControlled, swatch: 'box' },
          { label: p.legendDown(change), colour: palette.textMuted, swatch: 'hatch' },
          { label: p.legendUp(change), colour: palette.textMuted, swatch: 'box' },
        ]}
      />
    </ChartFrame>
  );
});
