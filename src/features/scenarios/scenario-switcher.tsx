import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { selectScenarioNames, useAppStore } from '../../store';
import './scenarios.css';

/**
 * A compact switcher for the plan screen: the current scenario in a select (a switch is an
 * undo step like any edit), and a link to the list of all scenarios.
 */
export function ScenarioSwitcher() {
  const t = useMessages().workspace.switcher;
  const id = useId();
  const names = useAppStore(selectScenarioNames);
  const currentId = useAppStore((state) => state.currentId);
  const switchScenario = useAppStore((state) => state.switchScenario);
  return (
    <div className="scenario-switcher">
      <label htmlFor={id} className="field-label">
        {t.label}
      </label>
      <select id={id} value={currentId} onChange={(event) => switchScenario(event.target.value)}>
        {names.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
            {n.isBaseline ? t.baselineSuffix : ''}
          </option>
        ))}
      </select>
      <a href="#/scenarioer">{t.all}</a>
    </div>
  );
}
