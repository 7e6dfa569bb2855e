import { memo, useEffect, useMemo, useState } from 'react';
import { plannedLevel, type SimulationResult } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import type { ReferenceBundle } from '../../reference/load';
import { toPredictabilityValue } from '../../report/predictability';
import { setLastResult } from '../../simulation/last-result';
import type { SimulationInput } from '../../simulation/protocol';
import { useSimulation } from '../../simulation/use-simulation';
import { selectMunicipalities, selectMunicipality, useAppStore } from '../../store';
import { ImdiMightAsk } from './imdi-might-ask';
import { Largest } from './largest';
import { MethodNote } from './method-note';
import { Needs } from './needs';
import { commitmentYears, DEFAULT_OPTIONS, toSimulationInput, type PlannerOptions } from './options';
import { OptionsFormView } from './options-form';
import { RecordChart } from './record-chart';
import { ResultCharts, ValueSentence, ValueTable } from './results';
import { RunStatus } from './run-status';
import { selectLargest, selectNeeds, selectRecord, selectTornado } from './selectors';
import { needShare } from './share';
import { TornadoChart } from './tornado-chart';
import './predictability.css';

/**
 * The screen's parts a new result does not change, rendered again only when their own props
 * change: a result arriving renders the sentence, the table and the charts, nothing else.
 */
const LargestPart = memo(Largest);
const NeedsPart = memo(Needs);
const OptionsPart = memo(OptionsFormView);
const SharePart = memo(ImdiMightAsk);
const MethodPart = memo(MethodNote);

/** Years the planner can enter own requests for: the record's five latest. */
const REQUEST_YEARS = 5;

function Screen({ bundle }: { readonly bundle: ReferenceBundle }) {
  const t = useMessages().predictability;
  const scenario = useAppStore((s) => s.scenario);
  const municipality = useAppStore(selectMunicipality);
  const municipalities = useAppStore(selectMunicipalities);
  const [options, setOptions] = useState<PlannerOptions>(DEFAULT_OPTIONS);
  const record = bundle.nationalRecord.years;
  const reference = bundle.reference;

  const share = useMemo(() => needShare(municipality, municipalities, options.ownRequests, record), [municipality, municipalities, options.ownRequests, record]);
  // A plan that settles no one has nothing to compare: no run.
  const empty = useMemo(() => plannedLevel(scenario).every((n) => n === 0) && options.commitmentPerYear === null, [scenario, options.commitmentPerYear]);
  const input = useMemo((): SimulationInput | null => {
    if (empty) return null;
    const { scenario: cut, options: simulation } = toSimulationInput(scenario, options);
    return { scenario: cut, reference, record, options: simulation };
  }, [empty, scenario, options, reference, record]);
  const { state, progress, cancel, restart } = useSimulation(input, scenario);
  const current = state.status === 'done' && state.input === input ? state : null;
  useEffect(() => {
    if (current) setLastResult({ scenario: current.input.scenario, result: current.result });
  }, [current]);
  // The last finished result stays drawn (dimmed) while a new run is under way, so that starting a run does not tear a dozen charts down at once.
  const [lastDone, setLastDone] = useState<SimulationResult | null>(null);
  if (state.status === 'done' && state.result !== lastDone) setLastDone(state.result);
  const requestYears = useMemo(() => [...record].map((r) => r.year).sort((a, b) => a - b).slice(-REQUEST_YEARS), [record]);
  const band = options.bandPercent / 100;
  const K = commitmentYears(options, scenario);
  const needs = useMemo(
    () =>
      selectNeeds(scenario, reference, {
        perYear: options.commitmentPerYear,
        band,
        years: K,
        dwellingLeadMonths: options.dwellingLeadMonths,
        placeLeadMonths: options.placeLeadMonths,
      }),
    [scenario, reference, options, band, K],
  );
  const largest = useMemo(() => selectLargest(scenario, reference, band), [scenario, reference, band]);
  const planned = plannedLevel(scenario)[0] ?? null;
  const value = useMemo(() => (current ? toPredictabilityValue(current.result, scenario.startYear, scenario.costs) : null), [current, scenario]);
  const outOfDate = lastDone !== null && current === null;

  return (
    <section className="predictability panel" aria-labelledby="predictability-heading">
      <h2 id="predictability-heading">{t.heading}</h2>
      <p className="intro">{t.intro}</p>
      <LargestPart finding={largest} />
      <NeedsPart needs={needs} firstYear={scenario.startYear} lastYear={scenario.startYear + K - 1} />
      <OptionsPart options={options} horizon={scenario.years.length} requestYears={requestYears} onApply={setOptions} />
      <RunStatus state={state} progress={progress} stale={state.status === 'done' && current === null} onCancel={cancel} onRestart={restart} />
      <section className="value" aria-labelledby="value-heading">
        <h3 id="value-heading">{t.value.heading}</h3>
        <div aria-live="polite">
          {value ? (
            <ValueSentence value={value} />
          ) : empty ? (
            <p className="muted">{t.value.empty}</p>
          ) : state.status === 'running' || state.status === 'idle' ? (
            <p className="muted">{t.value.pending}</p>
          ) : null}
        </div>
        {value && <ValueTable value={value} />}
      </section>
      {lastDone && (
        <div className={current ? undefined : 'stale'}>
          {outOfDate && <p className="muted">{t.value.stale}</p>}
          <ResultCharts result={lastDone} startYear={scenario.startYear} />
        </div>
      )}
      <RecordChart series={selectRecord(record)} />
      <SharePart share={share} record={record} planned={planned} startYear={scenario.startYear} />
      <TornadoChart series={selectTornado(scenario, reference)} />
      <MethodPart />
    </section>
  );
}

/** A multi-year commitment against the yearly negotiation on the plan's own numbers, and what capacity allows and needs. */
export function Predictability() {
  const bundle = useAppStore((s) => (s.reference.status === 'ready' ? s.reference.bundle : null));
  return bundle === null ? null : <Screen bundle={bundle} />;
}
