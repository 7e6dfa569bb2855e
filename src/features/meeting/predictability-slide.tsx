import { useMemo } from 'react';
import { FanChart } from '../../components/charts';
import { DEFAULT_SIMULATION, type NationalRecordYear, plannedLevel, type ReferenceData, type Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { toFanSeries } from '../../report/fan-series';
import { toPredictabilityValue } from '../../report/predictability';
import { useLastResult } from '../../simulation/last-result';
import type { SimulationInput } from '../../simulation/protocol';
import { useSimulation } from '../../simulation/use-simulation';

interface Props {
  readonly scenario: Scenario;
  readonly reference: ReferenceData;
  readonly record: readonly NationalRecordYear[];
  readonly t: Messages['meeting'];
}

/**
 * What predictability is worth, as a slide: the councillor's sentence and the fan chart of
 * households in temporary housing. It shows the comparison last run on the predictability
 * screen for this very plan, else runs it with the plan's own numbers (off the main thread).
 */
export function PredictabilitySlide({ scenario, reference, record, t }: Props) {
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
  const value = useMemo(() => (result ? toPredictabilityValue(result, scenario.startYear, scenario.costs) : null), [result, scenario]);
  const fan = useMemo(() => (result ? toFanSeries(result, 'dwellingMonthsShort', scenario.startYear) : null), [result, scenario.startYear]);
  return (
    <>
      <h3 className="slide-title">{t.predictability.title}</h3>
      {value && fan ? (
        <>
          <p className="slide-sentence" data-testid="meeting-value-sentence">
            {p.value.sentence(value, format)}
          </p>
          <FanChart series={fan} height={200} />
        </>
      ) : (
        <p className="slide-note" role="status">
          {empty ? p.value.empty : t.predictability.running}
        </p>
      )}
    </>
  );
}
