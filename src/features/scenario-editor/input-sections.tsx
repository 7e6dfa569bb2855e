import { useId, type ReactNode } from 'react';
import { isDefaultPolicy, PolicyInputs } from '../../components/policy-inputs';
import type { HousingZone, Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { usePolicyEdit } from '../../hooks/use-policy-edit';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store';
import { CompositionInputs } from './composition-inputs';
import { CostInputs } from './cost-inputs';
import { AT_DEFAULT } from './defaults';
import { FamilyInputs } from './family-inputs';
import { HousingInputs } from './housing-inputs';
import { LeavingInputs } from './leaving-inputs';
import { HighNeedsInputs, MinorsInputs } from './minors-inputs';
import { MonthProfileInputs } from './month-profile-inputs';
import { ProgrammeInputs } from './programme-inputs';
import { selectReferenceZone } from './select';
import { SettledBeforeInputs } from './settled-before-inputs';

function PolicySection({ title }: { readonly title: string }) {
  return <PolicyInputs title={title} hideTitle {...usePolicyEdit()} />;
}

type SectionId = keyof Messages['inputs']['sections'];

interface Section {
  readonly id: SectionId;
  /** Some input of the section differs from its default. */
  readonly changed: (scenario: Scenario, zone: HousingZone) => boolean;
  readonly render: (t: Messages) => ReactNode;
}

/** The sections under the grid, in the order of docs/model.md: who comes, then capacity, money, policy. */
const SECTIONS: readonly Section[] = [
  { id: 'composition', changed: (s) => !AT_DEFAULT.composition(s), render: () => <CompositionInputs /> },
  { id: 'minors', changed: (s) => !AT_DEFAULT.minors(s), render: () => <MinorsInputs /> },
  { id: 'highNeeds', changed: (s) => !AT_DEFAULT.highNeeds(s), render: () => <HighNeedsInputs /> },
  { id: 'settledBefore', changed: (s) => !AT_DEFAULT.settledBefore(s), render: () => <SettledBeforeInputs /> },
  { id: 'family', changed: (s) => !AT_DEFAULT.family(s), render: () => <FamilyInputs /> },
  { id: 'leaving', changed: (s) => !AT_DEFAULT.leaving(s), render: () => <LeavingInputs /> },
  { id: 'months', changed: (s) => !AT_DEFAULT.months(s), render: () => <MonthProfileInputs /> },
  { id: 'programme', changed: (s) => !AT_DEFAULT.programme(s), render: () => <ProgrammeInputs /> },
  {
    id: 'housing',
    changed: (s, zone) => !(AT_DEFAULT.stock(s) && AT_DEFAULT.households(s) && AT_DEFAULT.moveOut(s) && AT_DEFAULT.husbanken(s.housing, zone)),
    render: () => <HousingInputs />,
  },
  { id: 'costs', changed: (s) => !AT_DEFAULT.costs(s), render: () => <CostInputs /> },
  { id: 'policy', changed: (s) => !isDefaultPolicy(s.policy), render: (t) => <PolicySection title={t.inputs.sections.policy} /> },
];

/**
 * Every other input of the model, in sections that open and close (WAI-ARIA APG disclosure:
 * a heading with a button), all closed at first so the first screen stays simple. A section
 * that differs from its defaults says so on its button.
 */
export function InputSections() {
  const t = useMessages();
  const id = useId();
  const scenario = useAppStore((state) => state.scenario);
  const zone = useAppStore(selectReferenceZone);
  const openSections = useAppStore((state) => state.openSections);
  const setOpenSections = useAppStore((state) => state.setOpenSections);
  const open = new Set(openSections);
  const allOpen = SECTIONS.every((section) => open.has(section.id));
  const toggle = (section: SectionId) => setOpenSections(open.has(section) ? openSections.filter((s) => s !== section) : [...openSections, section]);

  return (
    <section className="input-sections" aria-labelledby={`${id}-heading`}>
      <div className="input-sections-top">
        <h3 id={`${id}-heading`}>{t.inputs.heading}</h3>
        <button type="button" className="button-secondary button-small" onClick={() => setOpenSections(allOpen ? [] : SECTIONS.map((s) => s.id))}>
          {allOpen ? t.inputs.closeAll : t.inputs.openAll}
        </button>
      </div>
      <p className="field-hint">{t.inputs.intro}</p>
      {SECTIONS.map((section) => {
        const isOpen = open.has(section.id);
        const panelId = `${id}-${section.id}`;
        return (
          <div key={section.id} className="disclosure">
            <h4 className="disclosure-heading">
              <button type="button" aria-expanded={isOpen} aria-controls={panelId} onClick={() => toggle(section.id)}>
                <span className="disclosure-icon" aria-hidden="true" />
                {t.inputs.sections[section.id]}
                {section.changed(scenario, zone) && (
                  <>
                    {' '}
                    <span className="badge badge-changed">{t.inputs.changed}</span>
                  </>
                )}
              </button>
            </h4>
            <div id={panelId} className="disclosure-panel" hidden={!isOpen}>
              {isOpen && section.render(t)}
            </div>
          </div>
        );
      })}
    </section>
  );
}
