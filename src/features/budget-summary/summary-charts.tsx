import { BudgetChart, HousingChart } from '../../components/charts';
import type { ChartSize } from '../../components/chart-kit';
import type { Projection } from '../../engine';

/**
 * The size the summary's charts are drawn at, on screen and on paper, in CSS pixels (1/96 in).
 * Two chart cards sit side by side in the A4 text width (180 mm = 680 px): 88 mm a column, less
 * the card's padding and border (budget-summary.css) leaves 307 px, so 300 px fits with room.
 */
export const SUMMARY_CHART_SIZE: ChartSize = { width: 300, height: 180 };

/**
 * The two key charts of the printed summary, side by side, at a fixed size: a chart that follows
 * its container measures the screen's layout and is not told when the page is laid out again for
 * print, so one printed from a wide window kept its screen width and ran out of its column.
 * `break-inside: avoid` keeps each on one page.
 */
export function SummaryCharts({ projection, heading }: { readonly projection: Projection; readonly heading: string }) {
  return (
    <section className="summary-section summary-charts-section" aria-labelledby="summary-charts">
      <h3 id="summary-charts">{heading}</h3>
      <div className="summary-charts">
        <BudgetChart projection={projection} size={SUMMARY_CHART_SIZE} />
        <HousingChart projection={projection} size={SUMMARY_CHART_SIZE} />
      </div>
    </section>
  );
}
