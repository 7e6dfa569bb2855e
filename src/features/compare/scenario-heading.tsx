import { useMessages } from '../../i18n/use-messages';
import type { ComparedScenario } from '../../report/comparison';

/** A scenario's name as a table heading, with "Basis" marked on the reference. */
export function ScenarioHeading({ scenario }: { readonly scenario: ComparedScenario }) {
  const t = useMessages().compare;
  return (
    <>
      <span className="compare-name">{scenario.name}</span>
      {scenario.isReference && (
        <>
          {' '}
          <span className="compare-mark">{scenario.isBaseline ? t.baseline : t.reference}</span>
        </>
      )}
    </>
  );
}

/** A cell with no value: the year is outside the scenario's period. */
export function OutsidePeriod() {
  const t = useMessages().compare;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t.notInPeriod}</span>
    </>
  );
}
