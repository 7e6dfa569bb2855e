import { useId } from 'react';
import { InputGroup } from '../../components/input-group';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { HousingInput, HousingZone, Scenario } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { assumptionSources, AT_DEFAULT, DEFAULTS, isAssumption } from './defaults';
import { DwellingRows } from './dwelling-rows';
import { RowInputs } from './row-inputs';
import { ScenarioField } from './scenario-field';
import { spliceRow } from './splice-row';
import { selectReferenceZone, selectZoneIsNamed } from './select';

const ZONES: readonly HousingZone[] = ['oslo', 'baerum', 'large-city', 'city', 'regional', 'other'];
const FAMILY_SIZE_WARNING_ABOVE = 15;

const withHousing = (s: Scenario, change: Partial<HousingInput>): Scenario => ({ ...s, housing: { ...s.housing, ...change } });

function Switch({ label, hint, checked, onChange }: { readonly label: string; readonly hint?: string; readonly checked: boolean; readonly onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="switch-field">
      <label className="checkbox">
        <input type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

function HusbankenInputs() {
  const t = useMessages();
  const { formatKroner } = useFormat();
  const m = t.inputs.housing;
  const id = useId();
  const housing = useAppStore((state) => state.scenario.housing);
  const referenceZone = useAppStore(selectReferenceZone);
  const named = useAppStore(selectZoneIsNamed);
  const grant = useAppStore((state) => (state.reference.status === 'ready' ? state.reference.bundle.reference.housingGrantPerUnit[housing.zone] : null));
  const edit = useScenarioEdit();
  const zoneIsAssumed = !named && housing.zone === referenceZone;
  return (
    <InputGroup
      title={m.husbanken}
      atDefault={AT_DEFAULT.husbanken(housing, referenceZone)}
      onReset={() => edit((s) => withHousing(s, { zone: referenceZone, husbankenGrant: DEFAULTS.housing.husbankenGrant }))}
      sources={zoneIsAssumed ? [m.zoneSource] : []}
      sourcesLabel={t.inputs.assumptionSource}
    >
      <div className="field">
        <label htmlFor={id} className="field-label">
          {m.zone}
        </label>
        <span id={`${id}-hint`} className="field-hint">
          {t.inputs.defaultIs(m.zones[referenceZone])}
          {zoneIsAssumed && (
            <>
              {' '}
              <span className="badge badge-assumption">{t.inputs.assumption}</span> {m.zoneAssumption}
            </>
          )}
          {grant && <> {m.grantPerUnit(formatKroner(grant.value))}</>}
        </span>
        <select id={id} value={housing.zone} aria-describedby={`${id}-hint`} onChange={(e) => edit((s) => withHousing(s, { zone: e.target.value as HousingZone }))}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {m.zones[zone]}
            </option>
          ))}
        </select>
      </div>
      <Switch label={m.grant} hint={m.grantHint} checked={housing.husbankenGrant} onChange={(on) => edit((s) => withHousing(s, { husbankenGrant: on }))} />
    </InputGroup>
  );
}

/** Housing: stock and pipeline, households, move-out, Husbanken's zone and grant. */
export function HousingInputs() {
  const t = useMessages();
  const m = t.inputs.housing;
  const scenario = useAppStore((state) => state.scenario);
  const edit = useScenarioEdit();
  const d = DEFAULTS.housing;
  return (
    <>
      <InputGroup
        title={m.stock}
        atDefault={AT_DEFAULT.stock(scenario)}
        onReset={() => edit((s) => withHousing(s, { dwellingsAtStart: d.dwellingsAtStart, pipeline: d.pipeline, releases: d.releases }))}
      >
        <div className="field-grid">
          <ScenarioField
            label={m.dwellingsAtStart}
            rule={{ kind: 'count', emptyAs: 0 }}
            path="housing.dwellingsAtStart"
            get={(s) => s.housing.dwellingsAtStart}
            set={(s, v) => withHousing(s, { dwellingsAtStart: v })}
          />
        </div>
        <DwellingRows kind="pipeline" />
        <DwellingRows kind="releases" />
      </InputGroup>
      <InputGroup
        title={m.households}
        atDefault={AT_DEFAULT.households(scenario)}
        onReset={() => edit((s) => withHousing(s, { singleAdultsPerDwelling: d.singleAdultsPerDwelling, familySize: d.familySize, delaySettlementWithoutDwelling: d.delaySettlementWithoutDwelling }))}
        sources={assumptionSources(['housing.familySize'], t.inputs.assumptionSources)}
        sourcesLabel={t.inputs.assumptionSource}
      >
        <div className="field-grid">
          <ScenarioField
            label={m.singleAdultsPerDwelling}
            rule={{ kind: 'decimal', positive: true, max: 10 }}
            path="housing.singleAdultsPerDwelling"
            get={(s) => s.housing.singleAdultsPerDwelling}
            set={(s, v) => withHousing(s, { singleAdultsPerDwelling: v })}
          />
          <ScenarioField
            label={m.familySize}
            rule={{ kind: 'decimal', positive: true, max: 50 }}
            path="housing.familySize"
            warn={(v) => (v > FAMILY_SIZE_WARNING_ABOVE ? m.familySizeHigh : null)}
            get={(s) => s.housing.familySize}
            set={(s, v) => withHousing(s, { familySize: v })}
          />
        </div>
        <Switch
          label={m.delay}
          hint={m.delayHint}
          checked={scenario.housing.delaySettlementWithoutDwelling}
          onChange={(on) => edit((s) => withHousing(s, { delaySettlementWithoutDwelling: on }))}
        />
      </InputGroup>
      <InputGroup
        title={m.moveOut}
        atDefault={AT_DEFAULT.moveOut(scenario)}
        onReset={() => edit((s) => withHousing(s, { moveOutByYearOfResidence: d.moveOutByYearOfResidence }))}
        sources={assumptionSources(['housing.moveOutByYearOfResidence'], t.inputs.assumptionSources)}
        sourcesLabel={t.inputs.assumptionSource}
      >
        <RowInputs
          caption={m.moveOut}
          hideCaption
          rowHeader={t.inputs.programme.share}
          headers={[1, 2, 3, 4, 5].map(m.yearOfResidence)}
          cellLabel={(i) => m.moveOutYear(i + 1)}
          values={scenario.housing.moveOutByYearOfResidence}
          defaults={d.moveOutByYearOfResidence}
          assumption={isAssumption('housing.moveOutByYearOfResidence')}
          rule={{ kind: 'share' }}
          apply={(values, from) =>
            edit((s) => withHousing(s, { moveOutByYearOfResidence: spliceRow(s.housing.moveOutByYearOfResidence, values, from) }))
          }
        />
      </InputGroup>
      <HusbankenInputs />
    </>
  );
}
