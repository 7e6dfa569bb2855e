import { useId } from 'react';
import { InputGroup } from '../../components/input-group';
import { NumberField } from '../../components/number-field';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { SettledBeforeInput } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { ruleOf } from '../../components/number-checks';
import { FIELD_BOUNDS } from '../../scenario/bounds';
import { useAppStore } from '../../store';
import { AT_DEFAULT, DEFAULTS } from './defaults';

const COUNT = ruleOf(FIELD_BOUNDS['settledBefore.persons.*']);
const ROWS = ['persons', 'minors'] as const;

/**
 * Refugees settled in the four years before the start year, by year: persons and unaccompanied
 * minors. They bring the grants of their remaining years of residence into the plan.
 */
export function SettledBeforeInputs() {
  const t = useMessages();
  const m = t.inputs.settledBefore;
  const startYear = useAppStore((state) => state.scenario.startYear);
  const settledBefore = useAppStore((state) => state.scenario.settledBefore);
  const atDefault = useAppStore((state) => AT_DEFAULT.settledBefore(state.scenario));
  const edit = useScenarioEdit();
  const captionId = useId();
  const years = [4, 3, 2, 1].map((back) => startYear - back);
  const setCell = (row: keyof SettledBeforeInput, index: number, value: number) =>
    edit((s) => {
      const counts = [...s.settledBefore[row]] as [number, number, number, number];
      counts[index] = value;
      return { ...s, settledBefore: { ...s.settledBefore, [row]: counts } };
    });

  return (
    <InputGroup
      title={t.inputs.sections.settledBefore}
      hideTitle
      intro={m.intro}
      atDefault={atDefault}
      onReset={() => edit((s) => ({ ...s, settledBefore: DEFAULTS.settledBefore }))}
    >
      <p id={captionId} className="table-title">
        {m.caption}
      </p>
      <div className="table-scroll">
        <table className="data-table input-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <td />
              {years.map((year) => (
                <th key={year} scope="col" className="numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{m[row]}</th>
                {years.map((year, i) => (
                  <td key={year}>
                    <NumberField
                      label={m.field(m[row], year)}
                      memoryKey={`settledBefore.${row}.${i}`}
                      hideLabel
                      value={settledBefore[row][i] ?? 0}
                      rule={COUNT}
                      className="grid-field"
                      onCommit={(v) => {
                        setCell(row, i, v);
                        return null;
                      }}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </InputGroup>
  );
}
