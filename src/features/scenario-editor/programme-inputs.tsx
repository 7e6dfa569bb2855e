import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { ProgrammeInput, Scenario } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { assumptionSources, AT_DEFAULT, DEFAULTS } from './defaults';
import { DurationsTable } from './durations-table';
import { ScenarioField } from './scenario-field';

const withProgramme = (s: Scenario, change: Partial<ProgrammeInput>): Scenario => ({ ...s, programme: { ...s.programme, ...change } });

/** The introduction programme: participation, start, durations, under-25 shares. */
export function ProgrammeInputs() {
  const t = useMessages();
  const m = t.inputs.programme;
  const atDefault = useAppStore((state) => AT_DEFAULT.programme(state.scenario));
  const edit = useScenarioEdit();
  return (
    <InputGroup
      title={t.inputs.sections.programme}
      hideTitle
      intro={m.intro}
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, programme: DEFAULTS.programme }))}
      sources={assumptionSources(['programme', 'programme.under25Share'], t.inputs.assumptionSources)}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <div className="field-grid">
        <ScenarioField
          label={m.participation}
          rule={{ kind: 'share' }}
          path="programme.participation"
          get={(s) => s.programme.participation}
          set={(s, v) => withProgramme(s, { participation: v })}
        />
        <ScenarioField
          label={m.startLag}
          rule={{ kind: 'count', max: 24 }}
          path="programme.startLagMonths"
          get={(s) => s.programme.startLagMonths}
          set={(s, v) => withProgramme(s, { startLagMonths: v })}
        />
        <ScenarioField
          label={m.under25Share}
          hint={m.under25ShareHint}
          rule={{ kind: 'share' }}
          path="programme.under25Share"
          get={(s) => s.programme.under25Share}
          set={(s, v) => withProgramme(s, { under25Share: v })}
        />
        <ScenarioField
          label={m.under25WithParentsShare}
          hint={m.under25WithParentsShareHint}
          rule={{ kind: 'share' }}
          path="programme.under25WithParentsShare"
          get={(s) => s.programme.under25WithParentsShare}
          set={(s, v) => withProgramme(s, { under25WithParentsShare: v })}
        />
      </div>
      <DurationsTable />
    </InputGroup>
  );
}
