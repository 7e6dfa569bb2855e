import { useId } from 'react';
import type { Messages } from '../../i18n';
import { WHAT_IF_TYPES, type WhatIf } from './what-if';

interface WhatIfControlProps {
  readonly whatIf: WhatIf;
  readonly onChange: (whatIf: WhatIf) => void;
  readonly horizon: number;
  readonly t: Messages;
}

const whole = (text: string, fallback: number) => {
  const value = Number.parseInt(text.replace('\u2212', '-'), 10);
  return Number.isFinite(value) ? value : fallback;
};

/** "Settle N more or fewer a year, for K years": − / + and a number, a type and the years. */
export function WhatIfControl({ whatIf, onChange, horizon, t }: WhatIfControlProps) {
  const w = t.meeting.whatIf;
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
            onChange={(e) => set({ delta: whole(e.target.value, 0) })}
          />
          <button type="button" aria-label={w.more} onClick={() => set({ delta: whatIf.delta + 1 })}>
            +
          </button>
        </div>
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
