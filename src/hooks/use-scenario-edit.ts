import type { Scenario } from '../engine';
import { useMessages } from '../i18n/use-messages';
import { useAppStore } from '../store';

/**
 * An edit of the current scenario through the store's `editScenario`, which validates it
 * against the scenario format: null when stored, else a message (and nothing changed).
 */
export function useScenarioEdit(): (change: (scenario: Scenario) => Scenario) => string | null {
  const t = useMessages();
  const editScenario = useAppStore((state) => state.editScenario);
  return (change) => {
    const result = editScenario(change);
    return result.ok ? null : t.inputs.refused(result.issues.join('; '));
  };
}
