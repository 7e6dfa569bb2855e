import { useId } from 'react';
import type { Messages } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import { WHAT_IF_TYPES, type LimitedWhatIf, type WhatIf } from './what-if';

interface WhatIfControlProps {
  readonly whatIf: WhatIf;
  /** What was asked for when the what-if had to be capped at the plan's number (limitWhatIf), else null. */
  readonly capped: LimitedWhatIf['capped'];
  readonly onChange: (whatIf: WhatIf) => void;
  readonly horizon: number;
  readonly t: Messages;
}

const whole = (text: string, fallback: number) => {
  const value = Number.parseInt(text.replace('\u2212', '-'), 10);
  return Number.isFinite(value) ? value : fallback;
};

/**
 * "Settle N more or fewer a year, for K years": − / + and a number, a type and the years. A
 * number that would settle fewer than nobody in some year is capped at the plan's number there,
 * and a note under the number says so (read out as a status), never silently.
 */
export function WhatIfControl({ whatIf, capped, onChange, horizon, t }: WhatIfControlProps) {
  const w = t.meeting.whatIf;
  const { formatSignedNumber } = useFormat();
  const id = useId();
  const set = (change: Partial<WhatIf>) => onChange({ ...whatIf, ...change });
  return (
    <fieldset className="what-if">
      <legend className="visually-hidden">{w.heading}</legend>
      <div className="what-if-field">
        <label htmlFor={`${id}-delta`}>{w.delta}</label>
        <div className="stepper">
          <button type="button" aria-label={w.fewer} onClick={() => set({ delta: whatIf.delta - 1 })}>
            −
          </button>
          <input
            id={`${id}-delta`}
            type="number"
            step={1}
            value={whatIf.delta}
            aria-describedby={`${id}-capped`}
            onChange={(e) => set({ delta: whole(e.target.value, 0) })}
          />
          <button type="button" aria-label={w.more} onClick={() => set({ delta: whatIf.delta + 1 })}>
            +
          </button>
        </div>
        <p id={`${id}-capped`} className="what-if-capped" role="status">
          {capped &&
            w.capped(
              formatSignedNumber(capped.limit.least),
              capped.limit.planned,
              t.fields[whatIf.type].toLocaleLowerCase(),
              capped.limit.year,
              formatSignedNumber(capped.requested),
            )}
        </p>
      </div>
      <div className="what-if-field">
        <label htmlFor={`${id}-type`}>{w.type}</label>
        <select id={`${id}-type`} value={whatIf.type} onChange={(e) => set({ type: WHAT_IF_TYPES.find((type) => type === e.target.value) ?? whatIf.type })}>
          {WHAT_IF_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.fields[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="what-if-field">
        <label htmlFor={`${id}-years`}>{w.years}</label>
        <input
          id={`${id}-years`}
          type="number"
          min={1}
          max={horizon}
          step={1}
          value={Math.min(whatIf.years, horizon)}
          onChange={(e) => set({ years: Math.min(Math.max(1, whole(e.target.value, 1)), horizon) })}
        />
      </div>
    </fieldset>
  );
}
