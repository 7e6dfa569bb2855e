import { memo, useCallback } from 'react';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../chart-frame';
import { ChartLegend, drawingSize, useChartFormatters, type ChartSize } from '../chart-kit';
import { useLazyModule } from '../lazy-module';
import { seriesColours } from '../palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { housingSeriesOf as housingOf, programmeSeriesOf as programmeOf, type CapacitySeries } from '../../report/capacity-series';
import { drawings } from './drawings';

type Strings = Messages['forecastCharts']['housing'] | Messages['forecastCharts']['programme'];

function toTable(series: CapacitySeries, c: Strings, t: Messages, { formatMonth, formatNumber }: Formatter): ChartTable {
  const columns = [t.forecastCharts.month, c.need, c.capacity, c.shortLabel, c.idle];
  const noLimit = 'noLimit' in c ? c.noLimit : '';
  return {
    caption: c.tableCaption,
    columns,
    rows: series.rows.map((r) => ({
      header: formatMonth(r.month),
      cells: [formatNumber(r.need), r.capacity === null ? noLimit : formatNumber(r.capacity), formatNumber(r.short), formatNumber(r.idle)],
    })),
    csv: [columns, ...series.rows.map((r) => [r.month, r.need, r.capacity ?? '', r.short, r.idle])],
  };
}

/** Need against capacity by month, the shortage and the idle units as bands between the lines. */
interface CapacityChartProps {
  readonly series: CapacitySeries;
  readonly c: Strings;
  readonly title: string;
  readonly size: ChartSize | undefined;
}

function CapacityChart({ series, c, title, size }: CapacityChartProps) {
  const t = useMessages();
  const format = useFormat();
  const f = useChartFormatters();
  const table = useCallback(() => toTable(series, c, t, format), [series, c, t, format]);
  const plots = useLazyModule(drawings);
  const drawing = drawingSize(size, 300);
  return (
    <ChartFrame
      title={title}
      table={table}
      csvFilename={c.csvName}
      source={c.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
      drawingSize={drawing}
      drawUnseen={size !== undefined}
      legend={
        <ChartLegend
          items={[
            { label: c.need, colour: seriesColours.needed, swatch: 'dashed' },
            { label: c.capacity, colour: seriesColours.available, swatch: 'line' },
            { label: c.shortLabel, colour: seriesColours.shortage, swatch: 'band' },
            { label: c.idle, colour: seriesColours.idle, swatch: 'band' },
          ]}
        />
      }
    >
      {plots && <plots.CapacityPlot series={series} c={c} f={f} size={drawing} />}
    </ChartFrame>
  );
}

/** Dwellings needed against available by month (issue 4, chart 4). */
export const HousingChart = memo(function HousingChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const c = useMessages().forecastCharts.housing;
  const { formatMonth, formatNumber } = useFormat();
  const series = housingOf(projection);
  const title =
    series.peakNeed === null
      ? c.nobody
      : series.firstShortMonth !== null
        ? c.short(formatMonth(series.firstShortMonth), formatNumber(series.worstShort))
        : series.mostIdle > 0
          ? c.enoughIdle(formatNumber(series.mostIdle))
          : c.enough;
  return <CapacityChart series={series} c={c} title={title} size={size} />;
});

/** Programme participants against places by month, with those waiting (issue 4, chart 5). */
export const ProgrammeChart = memo(function ProgrammeChart({ projection, size }: { readonly projection: Projection; readonly size?: ChartSize }) {
  const c = useMessages().forecastCharts.programme;
  const { formatMonth, formatNumber } = useFormat();
  const series = programmeOf(projection);
  const peak = series.peakNeed;
  const title =
    peak === null
      ? c.nobody
      : series.firstShortMonth !== null
        ? c.short(formatMonth(series.firstShortMonth), formatNumber(series.worstShort))
        : series.unlimited
          ? c.unlimited(formatNumber(peak.value), formatMonth(peak.month))
          : c.enough;
  return <CapacityChart series={series} c={c} title={title} size={size} />;
});
