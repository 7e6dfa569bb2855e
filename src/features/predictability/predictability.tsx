import { useMemo, useState } from 'react';
import type { SimulationResult } from '../../engine/predictability/simulate';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { ReferenceBundle } from '../../reference/load';
import { selectMunicipalities, selectMunicipality, useAppStore } from '../../store';
import { Largest } from './largest';
import { MethodNote } from './method-note';
import { DEFAULT_OPTIONS, toSimulationInput, type PlannerOptions } from './options';
import { OptionsFormView } from './options-form';
import type { SimulationInput } from './protocol';
import { RecordChart } from './record-chart';
import { ResultCharts, ValueSentence } from './results';
import { RunStatus } from './run-status';
import { selectLargest, selectRecord, selectTornado } from './selectors';
import { needShare, type NeedShare } from './share';
import { TornadoChart } from './tornado-chart';
import { useSimulation } from './use-simulation';
import './predictability.css';

/** Years the planner can enter own requests for: the record's five latest. */
const REQUEST_YEARS = 5;

function ShareNote({ share }: { readonly share: NeedShare }) {
  const t = useMessages().predictability.share;
  const { formatPercent } = useFormat();
  const percent = (x: number) => formatPercent(x, 2);
  const text =
    share.kind === 'missing' ? t.missing : share.kind === 'population' ? t.population(percent(share.share), share.name) : t.requests(percent(share.share), share.years);
  return <p className={share.kind === 'missing' ? 'share-note field-warning' : 'share-note'}>{text}</p>;
}

function Screen({ bundle }: { readonly bundle: ReferenceBundle }) {
  const t = useMessages().predictability;
  const scenario = useAppStore((s) => s.scenario);
  const municipality = useAppStore(selectMunicipality);
  const municipalities = useAppStore(selectMunicipalities);
  const [options, setOptions] = useState<PlannerOptions>(DEFAULT_OPTIONS);
  const record = bundle.nationalRecord.years;
  const reference = bundle.reference;

  const share = useMemo(() => needShare(municipality, municipalities, options.ownRequests, record), [municipality, municipalities, options.ownRequests, record]);
  const input = useMemo((): SimulationInput | null => {
    if (share.kind === 'missing') return null;
    const { scenario: cut, options: simulation } = toSimulationInput(scenario, options, share.share);
    return { scenario: cut, reference, record, options: simulation };
  }, [scenario, options, share, reference, record]);
  const { state, cancel, restart } = useSimulation(input, scenario);
  const current = state.status === 'done' && state.input === input ? state : null;
  // The last finished result stays drawn (dimmed) while a new run is under way, so that starting a run does not tear a dozen charts down at once.
  const [lastDone, setLastDone] = useState<SimulationResult | null>(null);
  if (state.status === 'done' && state.result !== lastDone) setLastDone(state.result);
  const requestYears = useMemo(() => [...record].map((r) => r.year).sort((a, b) => a - b).slice(-REQUEST_YEARS), [record]);
  const costsEntered = scenario.costs.idleUnitCostPerMonth > 0 || scenario.costs.emergencyHousingPremiumPerHouseholdMonth > 0;

  return (
    <section className="predictability panel" aria-labelledby="predictability-heading">
      <h2 id="predictability-heading">{t.heading}</h2>
      <p className="intro">{t.intro}</p>
      <Largest finding={selectLargest(scenario, reference)} />
      <OptionsFormView options={options} horizon={scenario.years.length} requestYears={requestYears} onApply={setOptions} />
      <ShareNote share={share} />
      <RunStatus state={state} stale={state.status === 'done' && current === null} onCancel={cancel} onRestart={restart} />
      <section className="value" aria-labelledby="value-heading">
        <h3 id="value-heading">{t.value.heading}</h3>
        <div aria-live="polite">{current ? <ValueSentence result={current.result} /> : <p className="muted">{t.value.pending}</p>}</div>
      </section>
      {lastDone && (
        <div className={current ? undefined : 'stale'}>
          {!current && <p className="muted">{t.value.stale}</p>}
          <ResultCharts result={lastDone} startYear={scenario.startYear} costsEntered={costsEntered} />
        </div>
      )}
      <RecordChart series={selectRecord(record)} />
      <TornadoChart series={selectTornado(scenario, reference)} />
      <MethodNote />
    </section>
  );
}

/** A multi-year commitment against the yearly negotiation, and the largest commitment capacity allows. */
export function Predictability() {
  const bundle = useAppStore((s) => (s.reference.status === 'ready' ? s.reference.bundle : null));
  return bundle === null ? null : <Screen bundle={bundle} />;
}
