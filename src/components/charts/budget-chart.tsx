import { memo, useCallback } from 'react';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { ChartLegend, drawingSize, type ChartSize, type LegendItem, useChartFormatters, useSvgId } from '../chart-kit';
import { useLazyModule } from '../lazy-module';
import { seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { MATERIAL_DEFICIT_MINIMUM, MATERIAL_DEFICIT_SHARE, toBudgetSeries, type BudgetSeries } from '../../report/budget-series';
import { memoStableByProjection } from '../../report/memo';
import { drawings } from './drawings';

const seriesOf = memoStableByProjection(toBudgetSeries);

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

/** Income and cost per year as bars, net and cumulative net as lines (issue 4, chart 2). */
export const BudgetChart = memo(function BudgetChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const t = useMessages();
  const c = t.forecastCharts.budget;
  const format = useFormat();
  const f = useChartFormatters();
  const series = seriesOf(projection);
  const plots = useLazyModule(drawings);
  const drawing = drawingSize(size, 320);
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
      drawingSize={drawing}
      drawUnseen={size !== undefined}
      legend={<ChartLegend items={legend} />}
    >
      {plots && <plots.BudgetPlot series={series} estimated={estimated} hatchIncome={hatchIncome} hatchCost={hatchCost} c={c} f={f} size={drawing} />}
    </ChartFrame>
  );
});
