import { memo } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MONEY_STEPS, niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, HatchPattern, sameValues, useAxisLabel, type ChartFormatters, type DrawingSize } from '../chart-kit';
import { palette, seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import type { BudgetSeries } from '../../report/budget-series';

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

export interface BudgetPlotProps {
  readonly series: BudgetSeries;
  readonly estimated: readonly boolean[];
  readonly hatchIncome: string;
  readonly hatchCost: string;
  readonly c: Messages['forecastCharts']['budget'];
  readonly f: ChartFormatters;
  readonly size: DrawingSize;
}

/** The budget chart's drawing (Recharts, loaded after the first paint). */
export function BudgetPlot({ series, estimated, hatchIncome, hatchCost, c, f, size }: BudgetPlotProps) {
  const axisLabel = useAxisLabel(c.axisUnit);
  return (
    <ResponsiveContainer width={size.width} height={size.height}>
      <ComposedChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
        <BudgetLayers estimated={estimated} hatchIncome={hatchIncome} hatchCost={hatchCost} ticks={ticksOf(series)} axisLabel={axisLabel} c={c} f={f} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
