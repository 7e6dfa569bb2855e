import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { UNIT_COSTS, ZERO_COSTS, type CostInput, type Scenario } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { ruleOf } from '../../components/number-checks';
import { FIELD_BOUNDS } from '../../scenario/bounds';
import { useAppStore } from '../../store';
import { AT_DEFAULT } from './defaults';
import { RowInputs } from './row-inputs';
import { ScenarioField } from './scenario-field';
import { spliceRow } from './splice-row';

const KRONER = { kind: 'kroner', emptyAs: 0 } as const;
const SOCIAL = ruleOf(FIELD_BOUNDS['costs.socialAssistanceByYearOfResidence.*'], 0);
const OTHER = ruleOf(FIELD_BOUNDS['costs.otherServicesByYearOfResidence.*'], 0);

const withCosts = (s: Scenario, change: Partial<CostInput>): Scenario => ({ ...s, costs: { ...s.costs, ...change } });

/** The municipality's own cost lines; every one is 0 until entered (docs/model.md#cost-lines). */
export function CostInputs() {
  const t = useMessages();
  const m = t.inputs.costs;
  const social = useAppStore((state) => state.scenario.costs.socialAssistanceByYearOfResidence);
  const other = useAppStore((state) => state.scenario.costs.otherServicesByYearOfResidence);
  const atDefault = useAppStore((state) => AT_DEFAULT.costs(state.scenario));
  const edit = useScenarioEdit();
  return (
    <InputGroup
      title={t.inputs.sections.costs}
      hideTitle
      intro={m.note}
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, costs: ZERO_COSTS, blockGrant: { perInhabitant: 0 } }))}
    >
      <div className="field-grid">
        {UNIT_COSTS.map((line) => (
          <ScenarioField
            key={line}
            label={m[line]}
            {...(line === 'acquisitionCostPerUnit' ? { hint: m.acquisitionHint } : {})}
            rule={KRONER}
            path={`costs.${line}`}
            get={(s) => s.costs[line]}
            set={(s, v) => withCosts(s, { [line]: v })}
          />
        ))}
      </div>
      <RowInputs
        caption={m.socialAssistance}
        rowHeader={m.socialAssistanceRow}
        headers={[1, 2, 3, 4, 5].map(t.inputs.housing.yearOfResidence)}
        cellLabel={(i) => m.socialAssistanceYear(i + 1)}
        values={social}
        defaults={ZERO_COSTS.socialAssistanceByYearOfResidence}
        assumption={false}
        rule={SOCIAL}
        apply={(values, from) =>
          edit((s) => withCosts(s, { socialAssistanceByYearOfResidence: spliceRow(s.costs.socialAssistanceByYearOfResidence, values, from) }))
        }
      />
      <RowInputs
        caption={m.otherServices}
        hint={m.otherServicesHint}
        rowHeader={m.socialAssistanceRow}
        headers={[1, 2, 3, 4, 5].map(t.inputs.housing.yearOfResidence)}
        cellLabel={(i) => m.otherServicesYear(i + 1)}
        values={other}
        defaults={ZERO_COSTS.otherServicesByYearOfResidence}
        assumption={false}
        rule={OTHER}
        apply={(values, from) =>
          edit((s) => withCosts(s, { otherServicesByYearOfResidence: spliceRow(s.costs.otherServicesByYearOfResidence, values, from) }))
        }
      />
      <div className="field-grid">
        <ScenarioField
          label={m.blockGrant}
          hint={m.blockGrantHint}
          rule={KRONER}
          path="blockGrant.perInhabitant"
          get={(s) => s.blockGrant.perInhabitant}
          set={(s, v) => ({ ...s, blockGrant: { perInhabitant: v } })}
        />
      </div>
    </InputGroup>
  );
}
