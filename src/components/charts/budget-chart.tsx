import { memo, useCallback } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { MONEY_STEPS, niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, ChartLegend, HatchPattern, type ChartFormatters, type ChartSize, type LegendItem, sameValues, useAxisLabel, useChartFormatters, useSvgId } from '../chart-kit';
import { palette, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { MATERIAL_DEFICIT_MINIMUM, MATERIAL_DEFICIT_SHARE, toBudgetSeries, type BudgetSeries } from '../../report/budget-series';
import { memoByProjection } from '../../report/memo';

const seriesOf = memoByProjection(toBudgetSeries);

function title(series: BudgetSeries, t: Messages['forecastCharts']['budget'], { formatKroner, formatMillionKroner }: Formatter): string {
  const f = series.finding;
  if (f.kind === 'empty') return t.empty;
  const cumulative = formatMillionKroner(f.cumulativeNet);
  if (f.firstDeficitYear === null) return t.surplus(cumulative, f.lastYear);
  // A small shortfall in kroner: in millions with one decimal it would read «0,0 mill. kr».
  const shortfall = f.shortfall >= MATERIAL_DEFICIT_MINIMUM ? formatMillionKroner(f.shortfall) : formatKroner(f.shortfall);
  return f.kind === 'deficit' ? t.deficit(f.firstDeficitYear, shortfall, cumulative, f.lastYear) : t.minorDeficit(f.firstDeficitYear, shortfall, cumulative, f.lastYear);
}

function toTable(series: BudgetSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const c = t.forecastCharts.budget;
  const columns = [t.chartFrame.year, c.income, c.cost, c.net, c.cumulative];
  return {
    caption: c.tableCaption,
    columns,
    rows: series.rows.map((r) => ({
      header: r.estimated ? t.forecastCharts.estimatedYear(r.year) : String(r.year),
      cells: [r.income, r.cost, r.net, r.cumulativeNet].map(formatNumber),
    })),
    csv: [columns, ...series.rows.map((r) => [r.year, r.income, r.cost, r.net, r.cumulativeNet])],
  };
}

interface LayersProps {
  readonly estimated: readonly boolean[];
  readonly hatchIncome: string;
  readonly hatchCost: string;
  /** The y-axis' round ticks, in kroner. */
  readonly ticks: readonly number[];
  readonly axisLabel: ReturnType<typeof useAxisLabel>;
  readonly c: Messages['forecastCharts']['budget'];
  /** The language's tick and tooltip formatters: the same object while the language stays. */
  readonly f: ChartFormatters;
}

/** Axes, bars and lines: drawn again only when the estimated years change (see sameValues). */
const BudgetLayers = memo(function BudgetLayers({ estimated, hatchIncome, hatchCost, ticks, axisLabel, c, f }: LayersProps) {
  return (
    <>
      <defs>
        <HatchPattern id={hatchIncome} colour={seriesColours.income} />
        <HatchPattern id={hatchCost} colour={seriesColours.cost} />
      </defs>
      <CartesianGrid vertical={false} stroke={palette.gridLine} />
      <XAxis dataKey="year" {...axisStyle} />
      <YAxis tickFormatter={f.tickMillions} {...axisStyle} {...roundTicks(ticks)} width={56} label={axisLabel} />
      <Tooltip formatter={f.tooltipKroner} />
      <ReferenceLine y={0} stroke={seriesColours.baseline} />
      <Bar dataKey="income" name={c.income} fill={seriesColours.income} isAnimationActive={false}>
        {estimated.map((e, y) => (
          <Cell key={y} fill={e ? `url(#${hatchIncome})` : seriesColours.income} stroke={seriesColours.income} />
        ))}
      </Bar>
      <Bar dataKey="cost" name={c.cost} fill={seriesColours.cost} isAnimationActive={false}>
        {estimated.map((e, y) => (
          <Cell key={y} fill={e ? `url(#${hatchCost})` : seriesColours.cost} stroke={seriesColours.cost} />
        ))}
      </Bar>
      <Line dataKey="net" name={c.net} stroke={seriesColours.net} strokeWidth={3} dot={NET_DOT} isAnimationActive={false} />
      <Line dataKey="cumulativeNet" name={c.cumulative} stroke={seriesColours.cumulative} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
    </>
  );
}, sameValues);

const NET_DOT = { r: 3 };

/** Round ticks over everything drawn: bars from 0, net and cumulative net either side of it. */
function ticksOf(series: BudgetSeries): readonly number[] {
  const values = series.rows.flatMap((r) => [r.income, r.cost, r.net, r.cumulativeNet]);
  return niceAxis(Math.min(0, ...values), Math.max(0, ...values), MONEY_STEPS.minStep, MONEY_STEPS.multipliers).ticks;
}

/** Income and cost per year as bars, net and cumulative net as lines (issue 4, chart 2). */
export const BudgetChart = memo(function BudgetChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const t = useMessages();
  const c = t.forecastCharts.budget;
  const format = useFormat();
  const f = useChartFormatters();
  const series = seriesOf(projection);
  const axisLabel = useAxisLabel(c.axisUnit);
  const table = useCallback(() => toTable(series, t, format), [series, t, format]);
  const hatchIncome = useSvgId('hatch-income');
  const hatchCost = useSvgId('hatch-cost');
  const estimated = series.rows.map((r) => r.estimated);
  const anyEstimated = estimated.some(Boolean);
  const legend: LegendItem[] = [
    { label: c.income, colour: seriesColours.income, swatch: 'box' },
    { label: c.cost, colour: seriesColours.cost, swatch: 'box' },
    { label: c.net, colour: seriesColours.net, swatch: 'line' },
    { label: c.cumulative, colour: seriesColours.cumulative, swatch: 'dashed' },
    ...(anyEstimated ? [{ label: t.forecastCharts.estimatedLegend, colour: seriesColours.estimated, swatch: 'hatch' as const }] : []),
  ];
  return (
    <ChartFrame
      title={title(series, c, format)}
      table={table}
      csvFilename={c.csvName}
      source={c.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
      note={
        <>
          {c.materialityNote(format.formatPercent(MATERIAL_DEFICIT_SHARE, 0), format.formatKroner(MATERIAL_DEFICIT_MINIMUM))}
          {anyEstimated && ` ${t.forecastCharts.estimatedNote}`}
        </>
      }
    >
      <ResponsiveContainer width={size?.width ?? '100%'} height={size?.height ?? 320}>
        <ComposedChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
          <BudgetLayers estimated={estimated} hatchIncome={hatchIncome} hatchCost={hatchCost} ticks={ticksOf(series)} axisLabel={axisLabel} c={c} f={f} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </ChartFrame>
  );
});
