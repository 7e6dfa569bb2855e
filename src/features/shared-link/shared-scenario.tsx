import type { Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import type { Formatter } from '../../lib/format';
import { nameIssues } from '../../report/field-names';
import { useAppStore, useAppStoreApi } from '../../store';
import { selectSharedView, type SharedView } from './selectors';
import { SharedBudget } from './shared-budget';
import { SharedDetails } from './shared-details';
import { useHash } from './use-hash';
import './shared-link.css';

/** One line per problem for a link that cannot be shown, the fields named as the screen names them. */
function problems(view: Exclude<SharedView, { ok: true }>, all: Messages, format: Formatter): { text: string; issues: readonly string[] } {
  const t = all.sharedLink.error;
  switch (view.reason) {
    case 'missing':
      return { text: t.missing, issues: [] };
    case 'damaged':
      return { text: t.damaged, issues: [] };
    case 'invalid':
      return { text: t.invalid, issues: nameIssues(view.found, view.startYear, all, format) };
    case 'unknown-municipality':
      return { text: t.invalid, issues: [t.unknownMunicipality(view.code)] };
  }
}

/** The screen opened without a link (from the navigation, say): what belongs here. No alarm. */
function NoLink() {
  const t = useMessages().sharedLink.error;
  return (
    <div className="shared-no-link">
      <p>{t.missing}</p>
      <a href="#/">{t.toPlan}</a>
    </div>
  );
}

function LinkError({ view }: { readonly view: Exclude<SharedView, { ok: true }> }) {
  const all = useMessages();
  const format = useFormat();
  const t = all.sharedLink.error;
  if (view.reason === 'missing') return <NoLink />;
  const { text, issues } = problems(view, all, format);
  return (
    <div className="notice notice-error shared-error" role="alert">
      <h3 className="notice-title">{t.title}</h3>
      <p>{text}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      <p>{t.untouched}</p>
      <a href="#/">{t.toPlan}</a>
    </div>
  );
}

/** The copy becomes one of the planner's scenarios (one undo step) and opens in the plan. */
function KeepCopy({ scenario }: { readonly scenario: Scenario }) {
  const v = useMessages().sharedLink.view;
  const store = useAppStoreApi();
  const keep = () => {
    store.getState().addScenario(scenario);
    window.location.hash = '#/';
  };
  return (
    <div className="shared-keep">
      <button type="button" className="button-primary" onClick={keep} aria-describedby="shared-keep-hint">
        {v.keep}
      </button>
      <p id="shared-keep-hint" className="muted">
        {v.keepHint}
      </p>
    </div>
  );
}

/**
 * A scenario opened from a share link (`#/delt?s=…`), read-only: municipality, period,
 * persons per year and the budget, through the engine. Opening it changes nothing of the
 * planner's own scenarios; "Behold en kopi" adds it as a new one. A damaged or edited link
 * says what is wrong instead.
 */
export function SharedScenario() {
  const messages = useMessages();
  const t = messages.sharedLink;
  const hash = useHash();
  const view = useAppStore((state) => selectSharedView(state, hash));
  if (view === null) return null;
  return (
    <section className="shared panel" aria-labelledby="shared-heading">
      <h2 id="shared-heading">
        {view.ok ? t.view.heading(view.scenario.name) : messages.nav.sharedLink}
      </h2>
      {view.ok ? (
        <>
          <p className="shared-read-only">{t.view.readOnly}</p>
          <KeepCopy scenario={view.scenario} />
          <SharedDetails scenario={view.scenario} municipality={view.municipality} />
          <SharedBudget projection={view.projection} />
        </>
      ) : (
        <LinkError view={view} />
      )}
    </section>
  );
}
