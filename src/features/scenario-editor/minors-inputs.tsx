import { InputGroup } from '../../components/input-group';
import { NumberField } from '../../components/number-field';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { MINOR_AGES, minorAgeShares, type MinorsInput } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { assumptionSources, AT_DEFAULT, DEFAULTS, isAssumption } from './defaults';
import { ScenarioField } from './scenario-field';

const RULES: readonly MinorsInput['settlementYear'][] = ['months', 'full-year'];

const clean = (x: number) => Math.max(0, Math.round(x * 1e12) / 1e12);

/**
 * A share typed for one age: the other ages are scaled so that the shares still sum to 100 %
 * (with the others all at 0, the typed age is the only one).
 */
export function withAgeShare(weights: readonly number[], index: number, share: number): number[] {
  const current = minorAgeShares(weights);
  const others = current.reduce((sum, w, i) => (i === index ? sum : sum + w), 0);
  const scale = others > 0 ? (1 - share) / others : 0;
  return current.map((w, i) => (i === index ? share : clean(w * scale)));
}

/** Unaccompanied minors: age at settlement (6–17) and the settlement-year rule. */
export function MinorsInputs() {
  const t = useMessages();
  const m = t.inputs.minors;
  const minors = useAppStore((state) => state.scenario.minors);
  const atDefault = useAppStore((state) => AT_DEFAULT.minors(state.scenario));
  const edit = useScenarioEdit();
  const setMinors = (change: Partial<MinorsInput>) => edit((s) => ({ ...s, minors: { ...s.minors, ...change } }));
  const ruleLabel = (rule: MinorsInput['settlementYear']) => (rule === 'months' ? m.months : m.fullYear);
  const shares = minorAgeShares(minors.ageShares);
  const defaults = minorAgeShares(DEFAULTS.minors.ageShares);

  return (
    <InputGroup
      title={t.inputs.sections.minors}
      hideTitle
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, minors: DEFAULTS.minors }))}
      sources={assumptionSources(['minors.ageShares', 'minors.settlementYear'], t.inputs.assumptionSources)}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <fieldset className="share-set">
        <legend>{m.ageGroup}</legend>
        <p className="field-hint">{m.ageHint}</p>
        <div className="field-grid">
          {MINOR_AGES.map((age, i) => (
            <NumberField
              key={age}
              label={m.age(age)}
              value={shares[i] ?? 0}
              rule={{ kind: 'share' }}
              defaultValue={defaults[i] ?? 0}
              assumption={isAssumption('minors.ageShares')}
              memoryKey={`minors.ageShares.${i}`}
              onCommit={(v) => setMinors({ ageShares: withAgeShare(minors.ageShares, i, v) })}
            />
          ))}
        </div>
      </fieldset>
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
