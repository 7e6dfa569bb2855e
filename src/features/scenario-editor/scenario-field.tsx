import { ruleOf, type NumberRule } from '../../components/number-checks';
import { NumberField } from '../../components/number-field';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { Scenario } from '../../engine';
import { boundAt } from '../../scenario/bounds';
import { useAppStore } from '../../store';
import { DEFAULTS, isAssumption } from './defaults';

interface ScenarioFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly rule: NumberRule;
  /** The field's place in the scenario, e.g. "composition.adultsAged60Plus" (for its assumption). */
  readonly path: string;
  readonly get: (scenario: Scenario) => number;
  readonly set: (scenario: Scenario, value: number) => Scenario;
  readonly warn?: (value: number) => string | null;
}

/**
 * A number field over one value of the scenario, with its default and assumption; its limits are
 * the scenario's bound at `path` (bounds.ts) where it has one.
 */
export function ScenarioField({ label, hint, rule: given, path, get, set, warn }: ScenarioFieldProps) {
  const bound = boundAt(path);
  const rule = bound ? ruleOf(bound, given.emptyAs) : given;
  const value = useAppStore((state) => get(state.scenario));
  const edit = useScenarioEdit();
  return (
    <NumberField
      label={label}
      {...(hint ? { hint } : {})}
      {...(warn ? { warn } : {})}
      value={value}
      rule={rule}
      defaultValue={get(DEFAULTS)}
      assumption={isAssumption(path)}
      onCommit={(v) => edit((s) => set(s, v))}
      memoryKey={path}
    />
  );
}
