import { useCallback, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Projection } from '../../engine';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { canFullscreen, enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { toKeyFigures } from './key-figures';
import { EconomySlide, PersonsSlide, ShortageSlide } from './key-slides';
import { chartSlides } from './chart-slides';
import { useMeetingKeys } from './use-meeting-keys';
import { NO_WHAT_IF, whatIfProjection, whatIfYears, type WhatIf } from './what-if';
import { WhatIfControl } from './what-if-control';
import './meeting.css';

const onFullscreenChange = (notify: () => void) => {
  document.addEventListener('fullscreenchange', notify);
  return () => document.removeEventListener('fullscreenchange', notify);
};

function slidesOf(projection: Projection, t: Messages): readonly ReactNode[] {
  const figures = toKeyFigures(projection);
  return [
    <EconomySlide key="economy" figures={figures} t={t.meeting} />,
    <PersonsSlide key="persons" figures={figures} t={t.meeting} />,
    <ShortageSlide key="shortage" figures={figures} t={t.meeting} />,
    ...chartSlides(projection),
  ];
}

/**
 * The meeting mode (`#/mote`): the forecast for councillors on a projector, read-only, in large
 * type, one slide at a time. The what-if lives in this component's state only: the saved
 * scenario changes only when the presenter saves the what-if as a new scenario.
 */
export function Meeting() {
  const t = useMessages();
  const { formatSignedNumber } = useFormat();
  const scenario = useAppStore((state) => state.scenario);
  const reference = useAppStore((state) => (state.reference.status === 'ready' ? state.reference.bundle.reference : null));
  const addScenario = useAppStore((state) => state.addScenario);
  const [whatIf, setWhatIf] = useState<WhatIf>(NO_WHAT_IF);
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useSyncExternalStore(onFullscreenChange, isFullscreen, () => false);

  const derived = useMemo(() => (reference ? whatIfProjection(scenario, reference, whatIf) : null), [scenario, reference, whatIf]);
  const slides = useMemo(() => (derived ? slidesOf(derived.projection, t) : []), [derived, t]);
  const count = slides.length;
  const next = useCallback(() => setIndex((i) => Math.min(i + 1, count - 1)), [count]);
  const previous = useCallback(() => setIndex((i) => Math.max(i - 1, 0)), []);
  const leave = useCallback(() => {
    exitFullscreen();
    window.location.hash = '#/';
  }, []);
  useMeetingKeys({ next, previous, leave });

  if (!derived) return null;
  const m = t.meeting;
  const years = whatIfYears(whatIf, scenario);
  const delta = formatSignedNumber(whatIf.delta);
  const save = () => addScenario({ ...derived.scenario, name: m.whatIf.newName(scenario.name, delta, years).slice(0, 120) });

  return (
    <div className="meeting" ref={root}>
      <div className="meeting-bar">
        <div>
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
      </div>
      {/* Focusable: a slide taller than a small screen scrolls, and the keys still turn it. */}
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
        <p className="meeting-keys">{m.keys}</p>
      </div>
      <details className="meeting-what-if">
        <summary>{m.whatIf.heading}</summary>
        <div className="what-if-body">
          <WhatIfControl whatIf={whatIf} onChange={setWhatIf} horizon={scenario.years.length} t={t} />
          <div className="what-if-actions">
            <button type="button" onClick={() => setWhatIf(NO_WHAT_IF)} disabled={whatIf.delta === 0}>
              {m.whatIf.reset}
            </button>
            <button type="button" className="primary" onClick={save} disabled={whatIf.delta === 0}>
              {m.whatIf.save}
            </button>
          </div>
        </div>
      </details>
    </div>
  );
}
