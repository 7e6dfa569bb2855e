import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { AT_DEFAULT, DEFAULTS } from './defaults';
import { RowInputs } from './row-inputs';
import { spliceRow } from './splice-row';

/**
 * Persons who leave the municipality: of those still here, the share who leave at the end of
 * each year of residence 1–5 (engine leaving.ts). Default 0: the planner sets it.
 */
export function LeavingInputs() {
  const t = useMessages();
  const m = t.inputs.leaving;
  const leaving = useAppStore((state) => state.scenario.leaving.byYearOfResidence);
  const atDefault = useAppStore((state) => AT_DEFAULT.leaving(state.scenario));
  const edit = useScenarioEdit();
  return (
    <InputGroup
      title={t.inputs.sections.leaving}
      hideTitle
      intro={m.intro}
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, leaving: DEFAULTS.leaving }))}
    >
      <RowInputs
        caption={t.inputs.sections.leaving}
        hideCaption
        rowHeader={t.inputs.programme.share}
        headers={[1, 2, 3, 4, 5].map(t.inputs.housing.yearOfResidence)}
        cellLabel={(i) => m.year(i + 1)}
        values={leaving}
        defaults={DEFAULTS.leaving.byYearOfResidence}
        assumption={false}
        rule={{ kind: 'share' }}
        apply={(values, from) => edit((s) => ({ ...s, leaving: { byYearOfResidence: spliceRow(s.leaving.byYearOfResidence, values, from) } }))}
      />
    </InputGroup>
  );
}
