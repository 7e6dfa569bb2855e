import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { FamilyReunificationInput, Scenario } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { assumptionSources, AT_DEFAULT, DEFAULTS, isAssumption } from './defaults';
import { ScenarioField } from './scenario-field';
import { SharesWithRest } from './shares-with-rest';

const withFamily = (s: Scenario, change: Partial<FamilyReunificationInput>): Scenario => ({
  ...s,
  familyReunification: { ...s.familyReunification, ...change },
});

/** Family reunification following settled single adults (docs/model.md#family-reunification). */
export function FamilyInputs() {
  const t = useMessages();
  const m = t.inputs.family;
  const lagShares = useAppStore((state) => state.scenario.familyReunification.lagShares);
  const atDefault = useAppStore((state) => AT_DEFAULT.family(state.scenario));
  const edit = useScenarioEdit();
  return (
    <InputGroup
      title={t.inputs.sections.family}
      hideTitle
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, familyReunification: DEFAULTS.familyReunification }))}
      sources={assumptionSources(['familyReunification', 'familyReunification.childShare'], t.inputs.assumptionSources)}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <div className="field-grid">
        <ScenarioField
          label={m.perSingleAdult}
          rule={{ kind: 'decimal', max: 10 }}
          path="familyReunification.perSingleAdult"
          get={(s) => s.familyReunification.perSingleAdult}
          set={(s, v) => withFamily(s, { perSingleAdult: v })}
        />
        <ScenarioField
          label={m.childShare}
          rule={{ kind: 'share' }}
          path="familyReunification.childShare"
          get={(s) => s.familyReunification.childShare}
          set={(s, v) => withFamily(s, { childShare: v })}
        />
        <ScenarioField
          label={m.humanitarianShare}
          hint={m.humanitarianShareHint}
          rule={{ kind: 'share' }}
          path="familyReunification.humanitarianShare"
          get={(s) => s.familyReunification.humanitarianShare}
          set={(s, v) => withFamily(s, { humanitarianShare: v })}
        />
      </div>
      <SharesWithRest
        legend={m.lagGroup}
        labels={[m.lag(1), m.lag(2)]}
        names={[m.lagName(1), m.lagName(2), m.lagName(3)]}
        weights={lagShares}
        defaults={DEFAULTS.familyReunification.lagShares}
        assumption={isAssumption('familyReunification.lagShares')}
        apply={(shares) => edit((s) => withFamily(s, { lagShares: shares }))}
      />
    </InputGroup>
  );
}
