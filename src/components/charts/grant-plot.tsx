import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MONEY_STEPS, niceAxis } from '../../lib/nice-axis';
import { axisStyle, CHART_MARGIN, roundTicks, HatchPattern, sameValues, useAxisLabel, type ChartFormatters, type DrawingSize } from '../chart-kit';
import { grantGroupColours, palette } from '../palette';
import type { Messages } from '../../i18n';
import { GRANT_GROUPS, type GrantSeries } from '../../report/grant-series';

interface LayersProps {
  readonly groups: GrantSeries['groups'];
  readonly estimated: GrantSeries['estimated'];
  readonly hatchPrefix: string;
  /** The y-axis' round ticks, in kroner. */
  readonly ticks: readonly number[];
  readonly axisLabel: ReturnType<typeof useAxisLabel>;
  readonly t: Messages;
  /** The language's tick and tooltip formatters: the same object while the language stays. */
  readonly f: ChartFormatters;
}

/** Axes and bars: drawn again only when the groups or the estimated years change (see sameValues). */
const GrantLayers = memo(function GrantLayers({ groups, estimated, hatchPrefix, ticks, axisLabel, t, f }: LayersProps) {
  const hatch = (group: string) => `${hatchPrefix}-${group}`;
  return (
    <>
      <defs>
        {GRANT_GROUPS.map((g) => (
          <HatchPattern key={g} id={hatch(g)} colour={grantGroupColours[g]} />
        ))}
      </defs>
      <CartesianGrid vertical={false} stroke={palette.gridLine} />
      <XAxis dataKey="year" {...axisStyle} />
      <YAxis tickFormatter={f.tickMillions} {...axisStyle} {...roundTicks(ticks)} width={56} label={axisLabel} />
      <Tooltip formatter={f.tooltipKroner} />
      {groups.map((group) => (
        <Bar
          key={group}
          dataKey={group}
          name={t.grantChart.groups[group]}
          stackId="grants"
          fill={grantGroupColours[group]}
          stroke={palette.background}
          strokeWidth={1}
          isAnimationActive={false}
        >
          {estimated.map((isEstimated, y) => (
            <Cell key={y} fill={isEstimated ? `url(#${hatch(group)})` : grantGroupColours[group]} />
          ))}
        </Bar>
      ))}
    </>
  );
}, sameValues);

export interface GrantPlotProps {
  readonly series: GrantSeries;
  readonly hatchPrefix: string;
  readonly t: Messages;
  readonly f: ChartFormatters;
  readonly size: DrawingSize;
}

/** The grant chart's drawing (Recharts, loaded after the first paint): stacked bars by group and year. */
export function GrantPlot({ series, hatchPrefix, t, f, size }: GrantPlotProps) {
  const axisLabel = useAxisLabel(t.grantChart.axisUnit);
  return (
    <ResponsiveContainer width={size.width} height={size.height}>
      <BarChart data={series.rows} margin={CHART_MARGIN} accessibilityLayer={false}>
        <GrantLayers groups={series.groups} estimated={series.estimated} hatchPrefix={hatchPrefix} ticks={niceAxis(0, Math.max(0, ...series.totals), MONEY_STEPS.minStep, MONEY_STEPS.multipliers).ticks} axisLabel={axisLabel} t={t} f={f} />
      </BarChart>
    </ResponsiveContainer>
  );
}
