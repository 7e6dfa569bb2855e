import type { PolicyInput } from '../engine';
import { useAppStore } from '../store';
import { useScenarioEdit } from './use-scenario-edit';

/** The current scenario's policy what-ifs and their edit, as the shared policy inputs take them. */
export function usePolicyEdit(): { readonly policy: PolicyInput; readonly onChange: (change: (p: PolicyInput) => PolicyInput) => string | null } {
  const policy = useAppStore((state) => state.scenario.policy);
  const edit = useScenarioEdit();
  return { policy, onChange: (change) => edit((s) => ({ ...s, policy: change(s.policy) })) };
}
