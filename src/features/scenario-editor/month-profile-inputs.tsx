import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { ruleOf } from '../../components/number-checks';
import { FIELD_BOUNDS } from '../../scenario/bounds';
import { useAppStore } from '../../store';
import { normalise } from '../../lib/shares';
import { assumptionSources, AT_DEFAULT, DEFAULTS, isAssumption } from './defaults';
import { RowInputs } from './row-inputs';
import { spliceRow } from './splice-row';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const WEIGHT = ruleOf(FIELD_BOUNDS['monthProfile.*']);

/** The settlement month profile: twelve weights placing arrivals in the year. */
export function MonthProfileInputs() {
  const t = useMessages();
  const { formatMonthName, formatPercent } = useFormat();
  const m = t.inputs.months;
  const profile = useAppStore((state) => state.scenario.monthProfile);
  const atDefault = useAppStore((state) => AT_DEFAULT.months(state.scenario));
  const edit = useScenarioEdit();
  const apply = (values: readonly number[], from: number) => {
    const next = spliceRow(profile, values, from);
    if (next.every((w) => w === 0)) return m.allZero;
    return edit((s) => ({ ...s, monthProfile: next }));
  };
  return (
    <InputGroup
      title={t.inputs.sections.months}
      hideTitle
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, monthProfile: DEFAULTS.monthProfile }))}
      sources={assumptionSources(['monthProfile'], t.inputs.assumptionSources)}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <RowInputs
        caption={m.caption}
        hint={m.hint}
        rowHeader={m.weight}
        headers={MONTHS.map((month) => formatMonthName(month, 'short'))}
        cellLabel={(i) => `${m.weight} ${formatMonthName(i + 1)}`}
        values={profile}
        defaults={DEFAULTS.monthProfile}
        defaultText={m.defaultText}
        assumption={isAssumption('monthProfile')}
        rule={WEIGHT}
        apply={apply}
        derived={{ header: m.share, cells: normalise(profile).map((share) => formatPercent(share)) }}
      />
    </InputGroup>
  );
}
