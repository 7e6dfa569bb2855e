import { BudgetChart, HousingChart } from '../../components/charts';
import type { Projection } from '../../engine';

/**
 * The two key charts of the printed summary, side by side at a fixed width (the page's), so the
 * screen draws them at the size they print; `break-inside: avoid` keeps each on one page.
 */
export function SummaryCharts({ projection, heading }: { readonly projection: Projection; readonly heading: string }) {
  return (
    <section className="summary-section summary-charts-section" aria-labelledby="summary-charts">
      <h3 id="summary-charts">{heading}</h3>
      <div className="summary-charts">
        <BudgetChart projection={projection} />
        <HousingChart projection={projection} />
      </div>
    </section>
  );
}
