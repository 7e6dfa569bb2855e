import { useId } from 'react';
import { NumberField } from '../../components/number-field';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { SHORT_PROGRAMME_DURATIONS, type DurationShare } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { ruleOf } from '../../components/number-checks';
import { FIELD_BOUNDS } from '../../scenario/bounds';
import { useAppStore } from '../../store';
import { DEFAULTS } from './defaults';

/**
 * Ukrainians under the temporary chapter typically stay 6–12 months (docs/model.md#collective-protection; Prop. 101 L (2023–2024));
 * how they split between 6 and 12 is an assumption, shown as such. The same short profile that
 * adults under collective protection follow in the engine.
 */
export const UKRAINE_DURATIONS: readonly DurationShare[] = SHORT_PROGRAMME_DURATIONS;

const MONTHS_RULE = ruleOf(FIELD_BOUNDS['programme.durations.*.months']);
const SHARE_RULE = { kind: 'share' } as const;

/** How long participants stay: months and shares, with the two profiles to pick from. */
export function DurationsTable() {
  const t = useMessages();
  const { formatPercent } = useFormat();
  const m = t.inputs.programme;
  const durations = useAppStore((state) => state.scenario.programme.durations);
  const edit = useScenarioEdit();
  const setDurations = (next: readonly DurationShare[]) => edit((s) => ({ ...s, programme: { ...s.programme, durations: next } }));
  const setRow = (index: number, change: Partial<DurationShare>) =>
    setDurations(durations.map((d, i) => (i === index ? { ...d, ...change } : d)));
  const titleId = useId();
  const sum = durations.reduce((s, d) => s + d.share, 0);

  return (
    <div className="durations">
      <div className="preset-buttons" role="group" aria-label={m.presets}>
        <button type="button" className="button-secondary button-small" onClick={() => setDurations(DEFAULTS.programme.durations)}>
          {m.presetDefault}
        </button>
        <button type="button" className="button-secondary button-small" onClick={() => setDurations(UKRAINE_DURATIONS)}>
          {m.presetUkraine}
        </button>
      </div>
      <p className="field-hint">
        {m.presetUkraineSource} <span className="badge badge-assumption">{t.inputs.assumption}</span>
      </p>
      <p id={titleId} className="table-title">
        {m.durationsCaption}
      </p>
      <div className="table-scroll">
        <table className="data-table input-table rows-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{m.months}</th>
              <th scope="col">{m.share}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {durations.map((d, i) => (
              <tr key={i}>
                <td>
                  <NumberField label={m.monthsOf(i + 1)} hideLabel value={d.months} rule={MONTHS_RULE} className="grid-field" onCommit={(v) => setRow(i, { months: v })} />
                </td>
                <td>
                  <NumberField label={m.shareOf(i + 1)} hideLabel value={d.share} rule={SHARE_RULE} className="grid-field" onCommit={(v) => setRow(i, { share: v })} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button-secondary button-small"
                    disabled={durations.length === 1}
                    onClick={() => setDurations(durations.filter((_, j) => j !== i))}
                  >
                    {m.remove}
                    {' '}
                    <span className="visually-hidden">{m.rowName(i + 1)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint" aria-live="polite">
        {m.sum(formatPercent(sum))} {Math.abs(sum - 1) > 1e-9 && m.sumOff}
      </p>
      <button type="button" className="button-secondary button-small" onClick={() => setDurations([...durations, { months: 12, share: 0 }])}>
        {m.add}
      </button>
    </div>
  );
}
