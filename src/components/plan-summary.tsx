import type { BudgetTotals } from '../engine';
import { useMessages } from '../i18n/use-messages';
import { PlanTotalsTable } from './plan-totals-table';

interface PlanSummaryProps {
  readonly economyPlan: BudgetTotals;
  readonly horizon: BudgetTotals;
  /** What the estimated rates can do to the totals, in sentences (lib/range-text). */
  readonly rangeNotes?: readonly string[];
}

/** The four-year economy plan (økonomiplan) beside the whole horizon, under its heading. */
export function PlanSummary({ economyPlan, horizon, rangeNotes = [] }: PlanSummaryProps) {
  const t = useMessages();
  return (
    <section className="plan-summary" aria-labelledby="plan-summary-heading">
      <h3 id="plan-summary-heading">{t.forecast.summaryHeading}</h3>
      <div className="table-scroll" role="region" aria-label={t.forecast.summaryCaption} tabIndex={0}>
        <PlanTotalsTable economyPlan={economyPlan} horizon={horizon} caption={t.forecast.summaryCaption} className="data-table summary-table" />
      </div>
      {rangeNotes.map((note) => (
        <p key={note} className="range-note">
          {note}
        </p>
      ))}
    </section>
  );
}
