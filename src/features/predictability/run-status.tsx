import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { RunState } from '../../simulation/use-simulation';

interface RunStatusProps {
  readonly state: RunState;
  /** The result shown is for older inputs: a new run is about to start. */
  readonly stale: boolean;
  readonly onCancel: () => void;
  readonly onRestart: () => void;
}

/** Progress of the run with a Cancel button, or what stopped it with a button to run again. */
export function RunStatus({ state, stale, onCancel, onRestart }: RunStatusProps) {
  const t = useMessages().predictability.progress;
  const { formatNumber } = useFormat();
  if (state.status === 'running') {
    return (
      <div className="run-status">
        <progress max={state.total} value={state.done} aria-label={t.label} />
        <span>{t.running(formatNumber(state.done), formatNumber(state.total))}</span>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled' || state.status === 'error') {
    return (
      <div className="run-status" role="status">
        <span>{state.status === 'cancelled' ? t.cancelled : t.error(state.message)}</span>
        <button type="button" className="button-secondary" onClick={onRestart}>
          {t.restart}
        </button>
      </div>
    );
  }
  if (stale) return <p className="run-status muted">{t.waiting}</p>;
  return null;
}
