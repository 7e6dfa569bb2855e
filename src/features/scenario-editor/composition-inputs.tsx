import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { Composition } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { assumptionSources, AT_DEFAULT, DEFAULTS } from './defaults';
import { ScenarioField } from './scenario-field';

const SHARE = { kind: 'share' } as const;
const FIELDS = [
  'adultsAged60Plus',
  'adultsAged18to55',
  'childrenAged0to5',
  'norwegianTrainingHighRate',
  'adultsCollectiveProtection',
] as const satisfies readonly (keyof Composition)[];

/** Shares that split persons into the groups grants and the programme depend on. */
export function CompositionInputs() {
  const t = useMessages();
  const m = t.inputs.composition;
  const atDefault = useAppStore((state) => AT_DEFAULT.composition(state.scenario));
  const edit = useScenarioEdit();
  return (
    <InputGroup
      title={t.inputs.sections.composition}
      hideTitle
      intro={m.intro}
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, composition: DEFAULTS.composition }))}
      sources={assumptionSources(['split', ...FIELDS.map((f) => `composition.${f}`)], t.inputs.assumptionSources)}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <div className="field-grid">
        {FIELDS.map((field) => (
          <ScenarioField
            key={field}
            label={m[field]}
            hint={m[`${field}Hint`]}
            rule={SHARE}
            path={`composition.${field}`}
            get={(s) => s.composition[field]}
            set={(s, v) => ({ ...s, composition: { ...s.composition, [field]: v } })}
          />
        ))}
      </div>
    </InputGroup>
  );
}
