import type { Scenario } from '../engine';
import { useFormat } from '../i18n/use-format';
import { useMessages } from '../i18n/use-messages';
import { nameIssues } from '../report/field-names';
import { useAppStore } from '../store';

/**
 * An edit of the current scenario through the store's `editScenario`, which validates it
 * against the scenario format: null when stored, else a message naming the field as the screen
 * does (and nothing changed).
 */
export function useScenarioEdit(): (change: (scenario: Scenario) => Scenario) => string | null {
  const t = useMessages();
  const format = useFormat();
  const editScenario = useAppStore((state) => state.editScenario);
  const startYear = useAppStore((state) => state.scenario.startYear);
  return (change) => {
    const result = editScenario(change);
    if (result.ok) return null;
    const lines = result.found ? nameIssues(result.found, startYear, t, format) : result.issues;
    return t.inputs.refused(lines.join('; '));
  };
}
