import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartSize } from '../../components/chart-kit';
import { BudgetChart, GrantChart, HousingChart, ProgrammeChart } from '../../components/charts';
import type { Projection } from '../../engine';
import type { Messages } from '../../i18n';

interface Room extends ChartSize {
  /** The chart body's top in the slide chart's box: the unit goes in the body's top padding. */
  readonly top: number;
}

/** Before the first measurement (and where nothing can be measured, as in jsdom): about a chart's size on the forecast. */
const FIRST_GUESS: Room = { width: 800, height: 320, top: 0 };

const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * The room the slide's grid leaves for the drawing: the chart body's content box (the body is
 * the `minmax(0, 1fr)` row of the chart frame, see meeting.css) less the legend under the
 * drawing. Neither depends on the drawing's own size, so measuring cannot feed back into itself.
 */
function roomFor(box: HTMLElement): Room | null {
  const body = box.querySelector<HTMLElement>('.chart-body');
  if (!body) return null;
  const style = getComputedStyle(body);
  const legend = body.querySelector<HTMLElement>('.chart-legend');
  const below = legend ? legend.offsetHeight + px(style.rowGap) : 0;
  const width = Math.floor(body.clientWidth - px(style.paddingLeft) - px(style.paddingRight));
  const height = Math.floor(body.clientHeight - px(style.paddingTop) - px(style.paddingBottom) - below);
  return width > 0 && height > 0 ? { width, height, top: body.offsetTop } : null;
}

const same = (a: Room, b: Room) => a.width === b.width && a.height === b.height && a.top === b.top;

/**
 * A shared chart sized to the space the slide leaves for it, rather than its fixed height on the
 * forecast: `chart` draws it at the size given (the same Room object until the room changes, so
 * the memoised charts are not drawn again for nothing).
 */
function FitChart({ unit, chart }: { readonly unit: string; readonly chart: (size: ChartSize) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState<Room>(FIRST_GUESS);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const measured = roomFor(element);
      if (measured) setRoom((old) => (same(old, measured) ? old : measured));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The slide's box changes with the window, the fullscreen and the what-if panel; the legend's height with its width.
    const observer = new ResizeObserver(measure);
    const body = element.querySelector('.chart-body');
    const legend = element.querySelector('.chart-legend');
    if (body) observer.observe(body);
    if (legend) observer.observe(legend);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="slide-chart" ref={box}>
      {chart(room)}
      {/* The y axis' unit, across above the axis rather than turned along it (meeting.css hides the turned one). */}
      <p className="slide-chart-unit" aria-hidden="true" style={{ top: room.top }}>
        {unit}
      </p>
    </div>
  );
}

/** The charts, one per slide: the same views as the forecast (src/components/charts), drawn from the what-if's projection. */
export function chartSlides(projection: Projection, t: Messages): readonly ReactNode[] {
  const c = t.forecastCharts;
  return [
    <FitChart key="grant" unit={t.grantChart.axisUnit} chart={(size) => <GrantChart projection={projection} size={size} />} />,
    <FitChart key="budget" unit={c.budget.axisUnit} chart={(size) => <BudgetChart projection={projection} size={size} />} />,
    <FitChart key="housing" unit={c.housing.axisUnit} chart={(size) => <HousingChart projection={projection} size={size} />} />,
    <FitChart key="programme" unit={c.programme.axisUnit} chart={(size) => <ProgrammeChart projection={projection} size={size} />} />,
  ];
}
