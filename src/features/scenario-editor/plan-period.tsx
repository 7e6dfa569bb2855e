import { ValidatedInput, type InputCheck } from '../../components/validated-input';
import { useMessages } from '../../i18n/use-messages';
import { HORIZON_MAX, HORIZON_MIN, selectHorizon, START_YEAR_MAX, START_YEAR_MIN, useAppStore } from '../../store';

const wholeIn = (text: string, min: number, max: number, message: string): InputCheck<number> => {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return /^\d+$/.test(trimmed) && value >= min && value <= max ? { ok: true, value } : { ok: false, message };
};

/** The plan period: first plan year and number of years (the horizon). */
export function PlanPeriod() {
  const t = useMessages();
  const startYear = useAppStore((state) => state.scenario.startYear);
  const horizon = useAppStore(selectHorizon);
  const shelved = useAppStore((state) => state.shelvedYears.length);
  const setStartYear = useAppStore((state) => state.setStartYear);
  const setHorizon = useAppStore((state) => state.setHorizon);

  return (
    <div className="plan-period">
      <ValidatedInput
        label={t.editor.startYear}
        type="number"
        value={startYear}
        format={String}
        validate={(text) => wholeIn(text, START_YEAR_MIN, START_YEAR_MAX, t.validation.startYear(START_YEAR_MIN, START_YEAR_MAX))}
        onCommit={setStartYear}
        inputProps={{ min: START_YEAR_MIN, max: START_YEAR_MAX, inputMode: 'numeric', className: 'input-year' }}
      />
      <ValidatedInput
        label={t.editor.horizon}
        type="number"
        value={horizon}
        format={String}
        validate={(text) => wholeIn(text, HORIZON_MIN, HORIZON_MAX, t.validation.horizon(HORIZON_MIN, HORIZON_MAX))}
        onCommit={setHorizon}
        inputProps={{ min: HORIZON_MIN, max: HORIZON_MAX, inputMode: 'numeric', className: 'input-horizon' }}
      />
      <p className="period-note">
        {t.editor.yearRange(startYear, startYear + horizon - 1)} {t.editor.horizonHint}
        {shelved > 0 && <> {t.editor.horizonKept(shelved)}</>}
      </p>
    </div>
  );
}
