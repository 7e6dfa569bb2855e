import { ResponsiveContainer } from 'recharts';
import { BudgetChart, HousingChart } from '../../components/charts';
import type { Projection } from '../../engine';

/**
 * The size the summary's charts are drawn at, on screen and on paper, in CSS pixels (1/96 in).
 * Two chart cards sit side by side in the A4 text width (180 mm = 680 px): 88 mm a column, less
 * the card's padding and border (budget-summary.css) leaves 307 px, so 300 px fits with room.
 */
export const SUMMARY_CHART_SIZE = { width: 300, height: 250 } as const;

/**
 * The two key charts of the printed summary, side by side, at a fixed size: the charts' own
 * ResponsiveContainer measures the screen's layout and is not told when the page is laid out
 * again for print, so a chart printed from a wide window kept its screen width and ran out of its
 * column. A ResponsiveContainer with a fixed width and height around a chart hands that size to
 * the charts inside (Recharts does not nest a second responsive layer), so the same size is drawn
 * whatever the window. `break-inside: avoid` keeps each on one page.
 */
export function SummaryCharts({ projection, heading }: { readonly projection: Projection; readonly heading: string }) {
  return (
    <section className="summary-section summary-charts-section" aria-labelledby="summary-charts">
      <h3 id="summary-charts">{heading}</h3>
      <div className="summary-charts">
        <ResponsiveContainer {...SUMMARY_CHART_SIZE}>
          <BudgetChart projection={projection} />
        </ResponsiveContainer>
        <ResponsiveContainer {...SUMMARY_CHART_SIZE}>
          <HousingChart projection={projection} />
        </ResponsiveContainer>
      </div>
    </section>
  );
}
