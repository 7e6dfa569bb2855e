import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { useProgress, type Progress, type RunState } from '../../simulation/use-simulation';

interface RunStatusProps {
  readonly state: RunState;
  readonly progress: Progress;
  /** The result shown is for older inputs: a new run is about to start. */
  readonly stale: boolean;
  readonly onCancel: () => void;
  readonly onRestart: () => void;
}

/** Progress of the run with a Cancel button, or what stopped it with a button to run again. */
export function RunStatus({ state, progress, stale, onCancel, onRestart }: RunStatusProps) {
  const t = useMessages().predictability.progress;
  if (state.status === 'running') return <Running total={state.total} progress={progress} onCancel={onCancel} />;
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

/** The bar alone follows the worker's reports. */
function Running({ total, progress, onCancel }: { readonly total: number; readonly progress: Progress; readonly onCancel: () => void }) {
  const t = useMessages().predictability.progress;
  const { formatNumber } = useFormat();
  const done = useProgress(progress);
  return (
    <div className="run-status">
      <progress max={total} value={done} aria-label={t.label} />
      <span>{t.running(formatNumber(done), formatNumber(total))}</span>
      <button type="button" className="button-secondary" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
