import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { selectScenarioNames, useAppStore } from '../../store';
import { MAX_CHOSEN } from './selectors';

interface ScenarioPickerProps {
  /** Ids of the chosen scenarios. */
  readonly chosen: readonly string[];
  readonly onToggle: (id: string, checked: boolean) => void;
}

/**
 * A checkbox per scenario, two to four to choose. At four the others are disabled, and the
 * hint tied to every box says why.
 */
export function ScenarioPicker({ chosen, onToggle }: ScenarioPickerProps) {
  const t = useMessages().compare;
  const hintId = useId();
  const names = useAppStore(selectScenarioNames);
  const count = names.filter((n) => chosen.includes(n.id)).length;
  const full = count >= MAX_CHOSEN;
  return (
    <fieldset className="compare-picker">
      <legend>{t.pickerLegend}</legend>
      <p id={hintId} className="muted compare-picker-hint">
        {full ? t.pickerFull : t.pickerHint}
      </p>
      <ul>
        {names.map((n) => {
          const checked = chosen.includes(n.id);
          return (
            <li key={n.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  aria-describedby={hintId}
                  onChange={(event) => onToggle(n.id, event.target.checked)}
                />
                {n.name}
                {n.isBaseline ? t.baselineSuffix : ''}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
