import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../components/use-scenario-edit';
import type { MinorsInput } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { assumptionSources, AT_DEFAULT, DEFAULTS, isAssumption } from './defaults';
import { ScenarioField } from './scenario-field';
import { SharesWithRest } from './shares-with-rest';

const RULES: readonly MinorsInput['settlementYear'][] = ['months', 'full-year'];

/** Unaccompanied minors: age at settlement (15/16/17) and the settlement-year rule. */
export function MinorsInputs() {
  const t = useMessages();
  const m = t.inputs.minors;
  const minors = useAppStore((state) => state.scenario.minors);
  const atDefault = useAppStore((state) => AT_DEFAULT.minors(state.scenario));
  const edit = useScenarioEdit();
  const setMinors = (change: Partial<MinorsInput>) => edit((s) => ({ ...s, minors: { ...s.minors, ...change } }));
  const ruleLabel = (rule: MinorsInput['settlementYear']) => (rule === 'months' ? m.months : m.fullYear);

  return (
    <InputGroup
      title={t.inputs.sections.minors}
      hideTitle
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, minors: DEFAULTS.minors }))}
      sources={assumptionSources(['minors.ageShares', 'minors.settlementYear'], t.inputs.assumptionSources)}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <SharesWithRest
        legend={m.ageGroup}
        labels={[m.age(15), m.age(16)]}
        names={[m.ageName(15), m.ageName(16), m.ageName(17)]}
        weights={minors.ageShares}
        defaults={DEFAULTS.minors.ageShares}
        assumption={isAssumption('minors.ageShares')}
        apply={(ageShares) => setMinors({ ageShares })}
      />
      <fieldset className="choice-set">
        <legend>{m.settlementYear}</legend>
        {RULES.map((rule) => (
          <label key={rule} className="choice">
            <input
              type="radio"
              name="minors-settlement-year"
              value={rule}
              checked={minors.settlementYear === rule}
              onChange={() => setMinors({ settlementYear: rule })}
            />
            {ruleLabel(rule)}
            {rule === DEFAULTS.minors.settlementYear && (
              <span className="field-hint">
                {' '}
                {t.inputs.defaultIs(ruleLabel(rule).toLowerCase())}{' '}
                <span className="badge badge-assumption">{t.inputs.assumption}</span>
              </span>
            )}
          </label>
        ))}
      </fieldset>
    </InputGroup>
  );
}

/** High-needs persons: the counts are in the grid; here the expected documented yearly cost. */
export function HighNeedsInputs() {
  const t = useMessages();
  const m = t.inputs.highNeeds;
  const atDefault = useAppStore((state) => AT_DEFAULT.highNeeds(state.scenario));
  const edit = useScenarioEdit();
  return (
    <InputGroup
      title={t.inputs.sections.highNeeds}
      hideTitle
      intro={m.intro}
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, highNeedsTier2DocumentedCost: DEFAULTS.highNeedsTier2DocumentedCost }))}
    >
      <div className="field-grid">
        <ScenarioField
          label={m.documentedCost}
          hint={m.documentedCostHint}
          rule={{ kind: 'kroner', emptyAs: 0 }}
          path="highNeedsTier2DocumentedCost"
          get={(s) => s.highNeedsTier2DocumentedCost}
          set={(s, v) => ({ ...s, highNeedsTier2DocumentedCost: v })}
        />
      </div>
    </InputGroup>
  );
}
