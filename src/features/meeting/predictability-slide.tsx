import { useEffect, useMemo } from 'react';
import { FanChart } from '../../components/charts';
import { DEFAULT_SIMULATION, type NationalRecordYear, plannedLevel, type ReferenceData, type Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { toFanSeries } from '../../report/fan-series';
import { toPredictabilityValue } from '../../report/predictability';
import { setLastResult, useLastResult } from '../../simulation/last-result';
import type { SimulationInput } from '../../simulation/protocol';
import { useSimulation } from '../../simulation/use-simulation';

interface Props {
  readonly scenario: Scenario;
  readonly reference: ReferenceData;
  readonly record: readonly NationalRecordYear[];
  readonly t: Messages['meeting'];
  /** The sentence, or the fan chart: at 24 px and more the two do not fit one 1280 × 720 slide. */
  readonly part: 'sentence' | 'fan';
}

/**
 * What predictability is worth, as two slides: the councillor's sentence, then the fan chart of
 * households in temporary housing. Each shows the comparison last run for this very plan (on the
 * predictability screen, or by the other slide), else runs it with the plan's own numbers (off
 * the main thread) and keeps its result for the other.
 */
export function PredictabilitySlide({ scenario, reference, record, t, part }: Props) {
  const p = useMessages().predictability;
  const format = useFormat();
  const last = useLastResult(scenario);
  const empty = useMemo(() => plannedLevel(scenario).every((n) => n === 0), [scenario]);
  const input = useMemo(
    (): SimulationInput | null => (last || empty ? null : { scenario, reference, record, options: DEFAULT_SIMULATION }),
    [last, empty, scenario, reference, record],
  );
  const { state } = useSimulation(input, scenario);
  const result = last ?? (state.status === 'done' ? state.result : null);
  useEffect(() => {
    if (!last && state.status === 'done') setLastResult({ scenario, result: state.result });
  }, [last, state, scenario]);
  const value = useMemo(() => (result ? toPredictabilityValue(result, scenario.startYear, scenario.costs) : null), [result, scenario]);
  const fan = useMemo(() => (result ? toFanSeries(result, 'dwellingMonthsShort', scenario.startYear) : null), [result, scenario.startYear]);
  // The fan chart's slide has the chart's own title (what the fans show, with the numbers): the drawing needs the height.
  if (part === 'fan' && value && fan) return <FanChart series={fan} height={150} />;
  return (
    <>
      <h3 className="slide-title">{t.predictability.title}</h3>
      {value ? (
        <p className="slide-sentence" data-testid="meeting-value-sentence">
          {p.value.sentence(value, format)}
        </p>
      ) : (
        <p className="slide-note" role="status">
          {empty ? p.value.empty : t.predictability.running}
        </p>
      )}
    </>
  );
}
