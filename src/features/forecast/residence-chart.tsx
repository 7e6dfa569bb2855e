import { memo, useCallback } from 'react';
import type { Projection } from '../../engine';
import { ChartFrame, type ChartTable } from '../../components/chart-frame';
import { ChartLegend, useChartFormatters, type DrawingSize } from '../../components/chart-kit';
import { lazyModule, useLazyModule } from '../../components/lazy-module';
import { palette, residenceColours } from '../../components/palette';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { memoStableByProjection } from '../../report/memo';
import { RESIDENCE_KEYS, toResidenceSeries, type ResidenceSeries } from '../../report/residence-series';

const seriesOf = memoStableByProjection(toResidenceSeries);

/** The drawing (Recharts), loaded after the first paint like the shared charts' (components/charts/drawings.ts). */
const drawing = lazyModule(() => import('./residence-plot'));

/** Starts loading the drawing, e.g. as the plan screen opens. */
export const preloadResidenceDrawing = (): void => void drawing.load().catch(() => undefined);

const SIZE: DrawingSize = { width: '100%', height: 300 };

function toTable(series: ResidenceSeries, t: Messages, { formatNumber }: Formatter): ChartTable {
  const c = t.forecastCharts.residence;
  // Years of residence 1–5, their sum (what the title speaks of), 6 and later, and the total.
  const grantKeys = RESIDENCE_KEYS.slice(0, 5);
  const columns = [t.chartFrame.year, ...c.years.slice(0, 5), c.grantYears, c.years[5] ?? '', t.chartFrame.total];
  const values = (r: ResidenceSeries['rows'][number]) => [...grantKeys.map((k) => r[k]), r.grantYears, r.y6plus, r.total];
  return {
    caption: c.tableCaption,
    columns,
    rows: series.rows.map((r) => ({ header: String(r.year), cells: values(r).map(formatNumber) })),
    csv: [columns, ...series.rows.map((r) => [r.year, ...values(r)])],
  };
}

/** Persons in the municipality by year of residence 1–5 and 6+, per year, stacked (issue 4, chart 3). */
export const ResidenceChart = memo(function ResidenceChart({ projection }: { readonly projection: Projection }) {
  const t = useMessages();
  const c = t.forecastCharts.residence;
  const format = useFormat();
  const f = useChartFormatters();
  const series = seriesOf(projection);
  const plot = useLazyModule(drawing);
  const table = useCallback(() => toTable(series, t, format), [series, t, format]);
  const trend = series.trend;
  const title = trend ? c[trend.kind](trend.year, format.formatNumber(trend.value)) : c.empty;
  return (
    <ChartFrame
      title={title}
      table={table}
      csvFilename={c.csvName}
      source={c.source}
      labels={{ showTable: t.chartFrame.showTable, downloadCsv: t.chartFrame.downloadCsv }}
      drawingSize={SIZE}
      legend={<ChartLegend items={RESIDENCE_KEYS.map((_, i) => ({ label: c.years[i] ?? '', colour: residenceColours[i] ?? palette.text, swatch: 'box' }))} />}
    >
      {plot && <plot.ResidencePlot series={series} c={c} f={f} size={SIZE} />}
    </ChartFrame>
  );
});
