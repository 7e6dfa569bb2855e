import './inputs.css';
import { useState, type ReactNode } from 'react';
import { ResetButton } from './reset-button';

interface InputGroupProps {
  readonly title: string;
  /** The legend for screen readers only (where a heading just above says the same). */
  readonly hideTitle?: boolean;
  readonly intro?: ReactNode;
  /** Every value of the group is at its default: "Tilbakestill" is disabled. */
  readonly atDefault: boolean;
  readonly onReset: () => void;
  /** Where the group's assumptions come from (ASSUMPTIONS in src/engine/defaults.ts). */
  readonly sources?: readonly string[];
  readonly sourcesLabel?: string;
  readonly children: ReactNode;
}

/**
 * A group of inputs with a legend, an optional intro, the sources of its assumptions and a
 * "Tilbakestill" button. Resetting also clears text still being typed in the group's fields.
 */
export function InputGroup({ title, hideTitle = false, intro, atDefault, onReset, sources = [], sourcesLabel, children }: InputGroupProps) {
  const [generation, setGeneration] = useState(0);
  return (
    <fieldset className="input-group">
      <legend className={hideTitle ? 'visually-hidden' : undefined}>{title}</legend>
      {intro && <p className="field-hint group-intro">{intro}</p>}
      <div key={generation} className="input-group-body">
        {children}
      </div>
      <div className="input-group-footer">
        {sources.length > 0 && (
          <p className="assumption-sources">
            {sourcesLabel} {sources.join(' · ')}
          </p>
        )}
        <ResetButton
          group={title}
          atDefault={atDefault}
          onReset={() => {
            onReset();
            setGeneration((g) => g + 1);
          }}
        />
      </div>
    </fieldset>
  );
}
