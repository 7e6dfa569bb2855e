import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { NO_MUNICIPALITY, type ScenarioSummary } from '../../store';
import { RenameForm } from './rename-form';

/** What a row can be asked to do; the screen turns each into a store action and a message. */
export interface RowActions {
  readonly use: (id: string) => void;
  readonly startRename: (id: string) => void;
  readonly rename: (id: string, name: string) => boolean;
  readonly cancelRename: (id: string) => void;
  readonly duplicate: (id: string) => void;
  readonly markBaseline: (id: string) => void;
  /** Copies a link to the scenario (issue 6, item 4). */
  readonly share: (id: string) => void;
  readonly remove: (id: string) => void;
}

interface ScenarioRowProps {
  readonly summary: ScenarioSummary;
  readonly renaming: boolean;
  readonly canDelete: boolean;
  /** This row's rename button should take the focus (after renaming ends). */
  readonly focusRename: boolean;
  readonly onFocused: () => void;
  readonly actions: RowActions;
}

/** One scenario: name with its marks, municipality, period, persons, four-year net, actions. */
export function ScenarioRow({ summary: s, renaming, canDelete, focusRename, onFocused, actions }: ScenarioRowProps) {
  const t = useMessages();
  const { formatKroner, formatNumber } = useFormat();
  const l = t.workspace.list;
  const renameRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRename && !renaming) {
      renameRef.current?.focus();
      onFocused();
    }
  }, [focusRename, renaming, onFocused]);

  const municipality =
    s.municipality?.name ?? (s.municipalityCode === NO_MUNICIPALITY ? l.noMunicipality : l.unknownMunicipality(s.municipalityCode));
  const plan = s.economyPlan;
  const estimated = plan !== null && plan.estimated && plan.net !== 0;
  const what = <span className="visually-hidden">«{s.name}»</span>;

  return (
    <tr className={s.isCurrent ? 'current-row' : undefined}>
      <th scope="row">
        {renaming ? (
          <RenameForm name={s.name} onSave={(name) => actions.rename(s.id, name)} onCancel={() => actions.cancelRename(s.id)} />
        ) : (
          <span className="scenario-name">{s.name}</span>
        )}
        {(s.isCurrent || s.isBaseline) && (
          <span className="scenario-marks">
            {s.isCurrent && <span className="mark mark-current">{l.current}</span>}
            {s.isBaseline && <span className="mark mark-baseline">{l.baseline}</span>}
          </span>
        )}
      </th>
      <td>{municipality}</td>
      <td className="numeric">{l.period(s.fromYear, s.toYear)}</td>
      <td className="numeric">{formatNumber(s.persons)}</td>
      <td className={['numeric', plan !== null && plan.net < 0 ? 'negative' : null].filter(Boolean).join(' ')}>
        {plan !== null && (
          <>
            {estimated && (
              <>
                <span className="estimate-marker" aria-hidden="true">
                  {t.forecast.estimatedMarker}
                </span>
                <span className="visually-hidden">{l.estimated} </span>
              </>
            )}
            {formatKroner(plan.net)}
            <span className="plan-years">{l.period(plan.fromYear, plan.toYear)}</span>
          </>
        )}
      </td>
      <td>
        <div className="row-actions">
          {s.isCurrent ? (
            <a href="#/" className="button-link">
              {l.open} {what}
            </a>
          ) : (
            <button type="button" className="button-secondary" onClick={() => actions.use(s.id)}>
              {l.use} {what}
            </button>
          )}
          <button ref={renameRef} type="button" className="button-secondary" onClick={() => actions.startRename(s.id)} disabled={renaming}>
            {l.rename} {what}
          </button>
          <button type="button" className="button-secondary" onClick={() => actions.duplicate(s.id)}>
            {l.duplicate} {what}
          </button>
          {!s.isBaseline && (
            <button type="button" className="button-secondary" onClick={() => actions.markBaseline(s.id)}>
              {l.markBaseline} {what}
            </button>
          )}
          <button type="button" className="button-secondary" onClick={() => actions.share(s.id)}>
            {t.sharedLink.share} {what}
          </button>
          <button type="button" className="button-danger" onClick={() => actions.remove(s.id)} disabled={!canDelete} title={canDelete ? undefined : l.onlyOne}>
            {l.delete} {what}
          </button>
        </div>
      </td>
    </tr>
  );
}
