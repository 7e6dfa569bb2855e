import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Projection, Scenario } from '../../engine';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { rangeOf, useAppStore } from '../../store';
import { rangeSentence } from '../../report/range-text';
import { canFullscreen, enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { toKeyFigures } from '../../report/meeting-figures';
import { EconomySlide, PersonsSlide, ShortageSlide } from './key-slides';
import { chartSlides } from './chart-slides';
import { PredictabilitySlide } from './predictability-slide';
import { useMeetingKeys } from './use-meeting-keys';
import { limitWhatIf, NO_WHAT_IF, whatIfProjection, whatIfYears, type LimitedWhatIf, type WhatIf } from './what-if';
import { WhatIfControl } from './what-if-control';
import './meeting.css';

const onFullscreenChange = (notify: () => void) => {
  document.addEventListener('fullscreenchange', notify);
  return () => document.removeEventListener('fullscreenchange', notify);
};

/** `plan`: the saved plan's projection when a what-if is on, so each figure can say its difference from it. */
function slidesOf(projection: Projection, plan: Projection | null, rangeNote: string | null, t: Messages, predictability: readonly ReactNode[]): readonly ReactNode[] {
  const figures = toKeyFigures(projection);
  const planned = plan ? toKeyFigures(plan) : null;
  return [
    <EconomySlide key="economy" figures={figures} plan={planned} rangeNote={rangeNote} t={t.meeting} />,
    <PersonsSlide key="persons" figures={figures} plan={planned} t={t.meeting} />,
    <ShortageSlide key="shortage" figures={figures} plan={planned} t={t.meeting} />,
    ...predictability,
    ...chartSlides(projection, t),
  ];
}

/**
 * The what-if last shown for a scenario, kept when the meeting mode is left (by Escape or the
 * button) so that coming back finds it again; a changed scenario starts without one.
 */
let kept: { readonly scenario: Scenario; readonly whatIf: WhatIf } | null = null;

/**
 * The meeting mode (`#/mote`): the forecast for councillors on a projector, read-only, in large
 * type, one slide at a time. The what-if lives in this component's state (and `kept`) only: the
 * saved scenario changes only when the presenter saves the what-if as a new scenario. Escape
 * closes an open what-if panel first (focus back on its button), and leaves only when it is closed.
 */
export function Meeting() {
  const t = useMessages();
  const { formatSignedNumber } = useFormat();
  const scenario = useAppStore((state) => state.scenario);
  const bundle = useAppStore((state) => (state.reference.status === 'ready' ? state.reference.bundle : null));
  const reference = bundle?.reference ?? null;
  const addScenario = useAppStore((state) => state.addScenario);
  const [limited, setLimited] = useState<LimitedWhatIf>(() => ({ whatIf: kept?.scenario === scenario ? kept.whatIf : NO_WHAT_IF, capped: null }));
  const whatIf = limited.whatIf;
  const setWhatIf = useCallback((next: WhatIf) => setLimited(limitWhatIf(next, scenario)), [scenario]);
  useEffect(() => {
    kept = { scenario, whatIf };
  }, [scenario, whatIf]);
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useSyncExternalStore(onFullscreenChange, isFullscreen, () => false);

  const derived = useMemo(() => (reference ? whatIfProjection(scenario, reference, whatIf) : null), [scenario, reference, whatIf]);
  // The comparison is of the saved plan, not of the what-if: it takes seconds, and it is the plan the council answers IMDi with.
  const predictability = useMemo(
    () =>
      bundle
        ? (['sentence', 'fan'] as const).map((part) => (
            <PredictabilitySlide key={`predictability-${part}`} part={part} scenario={scenario} reference={bundle.reference} record={bundle.nationalRecord.years} t={t.meeting} />
          ))
        : [],
    [bundle, scenario, t],
  );
  const f = useFormat();
  const slides = useMemo(() => {
    if (!derived || !reference) return [];
    // The economy plan's range, of the what-if when one is open (the store's memo of projectRange).
    const plan = derived.projection.budget.economyPlan;
    const range = rangeOf(derived.scenario, reference).economyPlan;
    const saved = derived.scenario === scenario ? null : whatIfProjection(scenario, reference, NO_WHAT_IF).projection;
    return slidesOf(derived.projection, saved, rangeSentence(t.forecast.economyPlan(plan.fromYear, plan.toYear), plan, range, t, f), t, predictability);
  }, [derived, scenario, reference, t, f, predictability]);
  const count = slides.length;
  const next = useCallback(() => setIndex((i) => Math.min(i + 1, count - 1)), [count]);
  const previous = useCallback(() => setIndex((i) => Math.max(i - 1, 0)), []);
  const leave = useCallback(() => {
    exitFullscreen();
    window.location.hash = '#/';
  }, []);
  const escape = useCallback(() => {
    if (!whatIfOpen) return leave();
    setWhatIfOpen(false);
    toggle.current?.focus();
  }, [whatIfOpen, leave]);
  useMeetingKeys({ next, previous, escape });

  if (!derived) return null;
  const m = t.meeting;
  const years = whatIfYears(whatIf, scenario);
  const delta = formatSignedNumber(whatIf.delta);
  const save = () => addScenario({ ...derived.scenario, name: m.whatIf.newName(scenario.name, delta, years).slice(0, 120) });

  return (
    <div className="meeting" ref={root}>
      <div className="meeting-bar">
        <div className="meeting-title">
          <h2 className="meeting-heading">{m.heading(scenario.name)}</h2>
          <p className={`what-if-status${whatIf.delta === 0 ? '' : ' active'}`} role="status">
            {whatIf.delta === 0 ? m.whatIf.inactive : m.whatIf.active(delta, years)}
          </p>
        </div>
        <div className="meeting-actions">
          {canFullscreen() && (
            <button type="button" onClick={() => (fullscreen ? exitFullscreen() : root.current && enterFullscreen(root.current))}>
              {fullscreen ? m.leaveFullscreen : m.fullscreen}
            </button>
          )}
          <button type="button" onClick={leave}>
            {m.leave}
          </button>
        </div>
        <p className="meeting-keys">{m.keys}</p>
      </div>
      {/* Focusable: should a slide ever be taller than its box it scrolls, and the keys still turn it. */}
      <section className="slide" aria-roledescription={m.slide} aria-label={m.position(index + 1, count)} tabIndex={0}>
        {slides[index]}
      </section>
      <div className="slide-nav">
        <nav className="slide-buttons" aria-label={m.slides}>
          <button type="button" onClick={previous} disabled={index === 0}>
            {m.previous}
          </button>
          <p className="slide-position" aria-live="polite">
            {m.position(index + 1, count)}
          </p>
          <button type="button" onClick={next} disabled={index === count - 1}>
            {m.next}
          </button>
        </nav>
        <button type="button" ref={toggle} className="what-if-toggle" aria-expanded={whatIfOpen} aria-controls={panelId} onClick={() => setWhatIfOpen((open) => !open)}>
          {m.whatIf.heading}
        </button>
      </div>
      {/* After its toggle in the tab order; drawn beside the slide, so opening it never makes the slide smaller in height. */}
      <div className="meeting-what-if" id={panelId} hidden={!whatIfOpen}>
        <WhatIfControl whatIf={whatIf} capped={limited.capped} onChange={setWhatIf} horizon={scenario.years.length} t={t} />
        <div className="what-if-actions">
          <button type="button" onClick={() => setWhatIf(NO_WHAT_IF)} disabled={whatIf.delta === 0}>
            {m.whatIf.reset}
          </button>
          <button type="button" className="primary" onClick={save} disabled={whatIf.delta === 0}>
            {m.whatIf.save}
          </button>
        </div>
      </div>
    </div>
  );
}
