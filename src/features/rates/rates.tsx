import { useId, useMemo, useState } from 'react';
import { PolicyInputs } from '../../components/policy-inputs';
import { usePolicyEdit } from '../../hooks/use-policy-edit';
import { isIndexedYear } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { CircularPaste } from './circular-paste';
import { GTable } from './g-table';
import { PasteRates } from './paste-rates';
import { RateChanges } from './rate-changes';
import { gRows, rateRows } from '../../report/rate-rows';
import { RateTable } from './rate-table';
import './rates.css';

/** The rate tables of the plan period with status and source per figure, and the planner's overrides. */
export function Rates() {
  const t = useMessages();
  const id = useId();
  const scenario = useAppStore((state) => state.scenario);
  const reference = useAppStore((state) => (state.reference.status === 'ready' ? state.reference.bundle.reference : null));
  const years = useMemo(() => scenario.years.map((_, i) => scenario.startYear + i), [scenario.years, scenario.startYear]);
  const [picked, setPicked] = useState<number | null>(null);
  const policyEdit = usePolicyEdit();
  // The picked year while it is in the plan period; the start year by default.
  const year = picked !== null && years.includes(picked) ? picked : scenario.startYear;
  const rows = useMemo(() => (reference ? rateRows(scenario, reference, year) : []), [scenario, reference, year]);
  const gs = useMemo(() => (reference ? gRows(scenario, reference, years) : []), [scenario, reference, years]);
  if (!reference) return null;

  return (
    <section className="panel rates" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.rates.heading}</h2>
      <p className="rates-intro">{t.rates.intro}</p>
      <div className="field year-picker">
        <label htmlFor={`${id}-year`} className="field-label">
          {t.rates.year}
        </label>
        <select id={`${id}-year`} value={year} onChange={(e) => setPicked(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {isIndexedYear(reference, year) && <p className="notice-inline">{t.rates.indexed(year)}</p>}
      <RateTable rows={rows} year={year} />
      <CircularPaste year={year} rows={rows} />
      <PasteRates year={year} />
      <h3>{t.rates.gHeading}</h3>
      <GTable rows={gs} />
      <h3>{t.rates.policyHeading}</h3>
      <PolicyInputs title={t.rates.policyHeading} hideTitle {...policyEdit} />
      <RateChanges headingId={`${id}-changes`} />
    </section>
  );
}
