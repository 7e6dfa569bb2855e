import './inputs.css';
import { useMessages } from '../i18n/use-messages';

interface ResetButtonProps {
  /** What is reset, for screen readers: "Tilbakestill Sammensetning". */
  readonly group: string;
  /** Disabled when every value of the group is at its default. */
  readonly atDefault: boolean;
  readonly onReset: () => void;
}

/** "Tilbakestill": puts a group of inputs back to their defaults. */
export function ResetButton({ group, atDefault, onReset }: ResetButtonProps) {
  const t = useMessages();
  return (
    <button type="button" className="button-secondary button-small reset-button" disabled={atDefault} onClick={onReset}>
      {t.inputs.reset}
      {' '}
      <span className="visually-hidden">{group}</span>
    </button>
  );
}
