import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { formatIsoDate } from '../../lib/format';
import { useFormat } from '../../i18n/use-format';
import type { WorkbookInput } from '../../report/xlsx';
import { rangeSentences } from '../../report/range-text';
import { selectMunicipality, selectProjection, selectProjectionRange, useAppStore, selectCurrentVersions } from '../../store';
import { shownVersion } from '../../scenario/versions';
import { versionLine } from '../../report/version-line';
import { SummaryCharts } from './summary-charts';
import { InvestmentTable } from '../../components/investment-table';
import { hasInvestment } from '../../report/investment-rows';
import { PlanTable, YearTable } from './summary-tables';
import { SummaryToolbar } from './toolbar';
import { PlanInputsAppendix } from './plan-inputs-appendix';
import { EstimatedRates } from './assumption-lists';
import './budget-summary.css';

/**
 * The printed budget summary (`#/utskrift`): what you see is what prints. The budget on one or
 * two A4 pages with the estimated rates it rests on, then an appendix on a page of its own with
 * what the planner entered and assumed: the plan's inputs, own rates and what-ifs, assumptions
 * (plan-inputs-appendix). Every number comes from the same selector as the dashboard, so a printed number equals the one on screen.
 * `today` is the caller's: the date printed on the page and in the file names.
 */

export function BudgetSummary({ today = new Date() }: { readonly today?: Date }) {
  const t = useMessages();
  const format = useFormat();
  const scenario = useAppStore((state) => state.scenario);
  const projection = useAppStore(selectProjection);
  const range = useAppStore(selectProjectionRange);
  const municipality = useAppStore(selectMunicipality);
  const versions = useAppStore(selectCurrentVersions);
  const reference = useAppStore((state) => (state.reference.status === 'ready' ? state.reference.bundle.reference : null));
  if (projection === null || reference === null || range === null) return null;
  const s = t.budgetSummary;
  const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
  const before = { persons: sum(scenario.settledBefore.persons), minors: sum(scenario.settledBefore.minors) };
  const input: WorkbookInput = { scenario, municipality, projection, range, reference, messages: t, format, madeOn: formatIsoDate(today) };
  const place = municipality ? `${municipality.name} (${municipality.county}), ${municipality.code}` : s.noMunicipality;
  const facts: readonly [string, ReactNode][] = [
    [s.municipality, place],
    [s.scenario, scenario.name],
    [t.versions.shown.label, versionLine(shownVersion(scenario, versions), t.versions.shown, format.formatDateTime)],
    [s.date, format.formatLongDate(today)],
    [s.edition, reference.edition],
  ];
  return (
    <article className="budget-summary" aria-labelledby="budget-summary-heading">
      <SummaryToolbar input={input} t={t} />
      <h2 id="budget-summary-heading">{s.heading(scenario.name)}</h2>
      <dl className="summary-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <section className="summary-section" aria-labelledby="summary-plan">
        <h3 id="summary-plan">{s.plan}</h3>
        {/* The range beside the table, not under it: the summary keeps to two pages. */}
        <div className="plan-with-range">
          <PlanTable projection={projection} t={t} />
          <div className="range-notes">
            {rangeSentences(projection, range, t, format).map((note) => (
              <p key={note} className="range-note">
                {note}
              </p>
            ))}
          </div>
        </div>
      </section>
      <section className="summary-section" aria-labelledby="summary-budget">
        <h3 id="summary-budget">{s.budget}</h3>
        <YearTable projection={projection} t={t} />
        <p className="summary-note">
          {s.estimatedNote} {s.roundedNote}
          {/* Without purchases the investment budget is one sentence here, not a section: the page stays at two A4 sheets. */}
          {!hasInvestment(projection) && <> {t.investment.printNone}</>}
          {before.persons + before.minors > 0 && <> {s.settledBeforeNote(format.formatNumber(before.persons), format.formatNumber(before.minors), scenario.startYear - 4, scenario.startYear - 1)}</>}
        </p>
      </section>
      {hasInvestment(projection) && (
        <section className="summary-section" aria-labelledby="summary-investment">
          <h3 id="summary-investment">{t.investment.heading}</h3>
          <InvestmentTable projection={projection} className="print-table print-years print-investment" caption={t.investment.printCaption} inThousands />
        </section>
      )}
      <SummaryCharts projection={projection} heading={s.charts} />
      <EstimatedRates scenario={scenario} reference={reference} t={t} />
      <PlanInputsAppendix scenario={scenario} projection={projection} municipality={municipality?.name ?? s.noMunicipality} t={t} />
    </article>
  );
}
