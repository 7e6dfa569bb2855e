import { useMemo } from 'react';
import type { ReferenceData } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat, useLocale } from '../../i18n/use-format';
import { fileSlug } from '../../lib/download';
import type { Locale } from '../../lib/locale';
import { councilDraft } from '../../report/council-draft';
import { withEdits, type DraftEdits } from '../../report/council-draft-text';
import { toPredictabilityValue } from '../../report/predictability';
import { useLastResult } from '../../simulation/last-result';
import { selectMunicipality, selectProjection, selectProjectionRange, useAppStore, selectCurrentVersions, type ScenarioEdits } from '../../store';
import { DraftActions } from './draft-actions';
import { DraftSection } from './draft-section';
import './council-draft.css';

/** The document's language for Word's spelling. */
const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

const NO_EDITS: ScenarioEdits = {};

function Draft({ reference }: { readonly reference: ReferenceData }) {
  const t = useMessages();
  const format = useFormat();
  const locale = useLocale();
  const scenario = useAppStore((s) => s.scenario);
  const versions = useAppStore(selectCurrentVersions);
  const projection = useAppStore(selectProjection);
  const range = useAppStore(selectProjectionRange);
  const municipality = useAppStore(selectMunicipality);
  const last = useLastResult(scenario);
  const edits = useAppStore((s) => s.draftEdits[s.currentId] ?? NO_EDITS);
  const edit = useAppStore((s) => s.editDraftSection);
  const reset = useAppStore((s) => s.resetDraftSection);
  const predictability = useMemo(() => (last ? toPredictabilityValue(last, scenario.startYear, scenario.costs) : null), [last, scenario]);
  const draft = useMemo(
    () =>
      projection === null || range === null || municipality === undefined
        ? null
        : councilDraft({ scenario, municipality: `${municipality.name} kommune`, projection, range, reference, predictability, versions, messages: t, format }),
    [scenario, municipality, projection, range, reference, predictability, versions, t, format],
  );
  const c = t.councilDraft;
  const texts = useMemo((): DraftEdits => Object.fromEntries(Object.entries(edits).map(([key, e]) => [key, e.text])), [edits]);
  if (draft === null) return <p className="muted">{c.noMunicipality}</p>;
  const edited = withEdits(draft, texts);
  return (
    <>
      <DraftActions draft={edited} fileName={`${c.actions.fileName}-${fileSlug(scenario.name)}`} language={LANGUAGE_TAGS[locale]} t={c.actions} />
      {predictability === null && (
        <p className="draft-predictability">
          {c.assessment.notRun}{' '}
          <a className="button-secondary draft-link-button" href="#/forutsigbarhet">
            {c.actions.runPredictability}
          </a>
        </p>
      )}
      <p className="draft-title" aria-label={draft.title}>
        {draft.title}
      </p>
      <p className="draft-version">{draft.version}</p>
      {draft.sections.map((section) => (
        <DraftSection
          key={section.key}
          section={section}
          edit={edits[section.key]}
          onEdit={(text, base) => edit(section.key, text, base)}
          onReset={() => reset(section.key)}
          t={c.edit}
        />
      ))}
    </>
  );
}

/** The draft of the case paper (saksframlegg) for the council's decision on IMDi's request, edited here and taken away as Word or text. */
export function CouncilDraftScreen() {
  const c = useMessages().councilDraft;
  const reference = useAppStore((s) => (s.reference.status === 'ready' ? s.reference.bundle.reference : null));
  return (
    <section className="council-draft panel" aria-labelledby="council-draft-heading">
      <h2 id="council-draft-heading">{c.heading}</h2>
      <p className="intro">{c.intro}</p>
      {reference !== null && <Draft reference={reference} />}
    </section>
  );
}
