import { useId, useMemo } from 'react';
import type { Locale } from '../i18n';
import { formatter } from '../lib/format';
import { useLocale } from '../i18n/use-format';
import { palette } from './palette';

/**
 * Small pieces the chart views share: an SVG-safe id, the hatch that marks figures resting on
 * estimated rates, a legend drawn in HTML (so swatches can show hatch, dash and band), and the
 * axis styling. Charts sit in the chart frame, whose table carries the numbers for screen readers.
 */

/** An id usable in SVG `url(#…)` references (React's ids contain characters CSS dislikes). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/** A diagonal hatch in `colour` with white stripes, for bars resting on estimated rates. */
export function HatchPattern({ id, colour }: { readonly id: string; readonly colour: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={colour} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={palette.background} strokeWidth="2.5" />
    </pattern>
  );
}

export type LegendSwatch = 'box' | 'hatch' | 'line' | 'dashed' | 'band' | 'dot';

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly swatch: LegendSwatch;
}

function Swatch({ colour, swatch }: { readonly colour: string; readonly swatch: LegendSwatch }) {
  const hatchId = useSvgId('legend-hatch');
  return (
    <svg className="legend-swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
      {swatch === 'box' && <rect x="1" y="1" width="20" height="10" fill={colour} />}
      {swatch === 'hatch' && (
        <>
          <defs>
            <HatchPattern id={hatchId} colour={colour} />
          </defs>
          <rect x="1" y="1" width="20" height="10" fill={`url(#${hatchId})`} stroke={colour} />
        </>
      )}
      {swatch === 'band' && <rect x="1" y="1" width="20" height="10" fill={colour} fillOpacity={0.25} stroke={colour} strokeOpacity={0.5} />}
      {swatch === 'line' && <line x1="1" y1="6" x2="21" y2="6" stroke={colour} strokeWidth="3" />}
      {swatch === 'dashed' && <line x1="1" y1="6" x2="21" y2="6" stroke={colour} strokeWidth="3" strokeDasharray="5 3" />}
      {swatch === 'dot' && <circle cx="11" cy="6" r="5" fill={colour} stroke={palette.background} strokeWidth="1.5" />}
    </svg>
  );
}

/** The chart's legend as a list, in the order of the items. */
export function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch colour={item.colour} swatch={item.swatch} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Axis styling shared by the charts: dark tick text (AA), grey axis line. */
export const axisStyle = {
  tick: { fill: palette.text, fontSize: 12 },
  stroke: palette.border,
} as const;

/** Tick and tooltip formatters of the charts, for one language. */
export interface ChartFormatters {
  /** An axis tick as a whole number: "1 234" / "1,234". */
  readonly tickNumber: (value: number) => string;
  /** An axis tick in millions (the axis label carries the unit): "2,5" / "2.5". */
  readonly tickMillions: (value: number) => string;
  /** A month axis tick: "2027-03" → "mars 2027" / "Mar 2027". */
  readonly tickMonth: (key: string) => string;
  readonly tooltipKroner: (value: unknown) => string;
  readonly tooltipNumber: (value: unknown) => string;
  readonly tooltipMonth: (label: unknown) => string;
}

/*
 * Axis and tooltip props with a stable identity. Recharts compares axis props shallowly and
 * re-registers an axis in its store when any prop is a new object or function, which renders
 * the whole chart a second time: so the formatters are made once per language and cached here
 * (the same object, and the same functions, for as long as the language stays), and labels are
 * memoised.
 */
const chartFormatterCache = new Map<Locale, ChartFormatters>();

/** The charts' tick and tooltip formatters for a language, made once per language. */
export function chartFormatters(locale: Locale): ChartFormatters {
  let made = chartFormatterCache.get(locale);
  if (!made) {
    const { formatKroner, formatMillions, formatMonth, formatNumber } = formatter(locale);
    made = {
      tickNumber: (value) => formatNumber(value),
      tickMillions: (value) => formatMillions(value),
      tickMonth: (key) => formatMonth(key),
      tooltipKroner: (value) => (typeof value === 'number' ? formatKroner(value) : String(value)),
      tooltipNumber: (value) => (typeof value === 'number' ? formatNumber(value) : String(value)),
      tooltipMonth: (label) => (typeof label === 'string' ? formatMonth(label) : String(label)),
    };
    chartFormatterCache.set(locale, made);
  }
  return made;
}

/** The charts' formatters for the planner's chosen language: the same object while the language stays. */
export function useChartFormatters(): ChartFormatters {
  return chartFormatters(useLocale());
}

/** A y-axis label (the unit), rotated along the axis, memoised on its text. */
export function useAxisLabel(value: string) {
  return useMemo(() => ({ value, angle: -90, position: 'insideLeft' as const, fill: palette.textMuted, fontSize: 12 }), [value]);
}

/**
 * Props equal when every value is the same, arrays compared element by element: for memo()
 * around a chart's layers (axes, bars, lines), so that a change of the chart's data alone does
 * not re-register them in Recharts' store, which would draw the chart again.
 */
export function sameValues<P extends object>(prev: P, next: P): boolean {
  const keys = Object.keys(next) as (keyof P)[];
  if (keys.length !== Object.keys(prev).length) return false;
  return keys.every((key) => {
    const a = prev[key];
    const b = next[key];
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
    return Object.is(a, b);
  });
}

/**
 * The y-axis props for round ticks (nice-axis.ts): every tick shown, the domain their ends.
 * Give it the same `ticks` array while the data's extent keeps to the same steps (see sameValues).
 */
export function roundTicks(ticks: readonly number[]) {
  return { ticks: ticks as number[], domain: [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], interval: 0 as const, allowDecimals: true };
}

/** Chart margins (a constant, so that Recharts sees the same object on every render). */
/**
 * A fixed drawing size in CSS pixels, for a chart that must not follow its container: on paper
 * (the browser does not tell a chart when the page is laid out again for print) and on a
 * meeting slide (sized to the room the slide leaves). Without one, a chart fills its width.
 */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** The box a drawing fills: a fixed size, or the container's width at a given height. */
export interface DrawingSize {
  readonly width: number | '100%';
  readonly height: number;
}

/** A chart's drawing box: the fixed size given, else its container's width at `height`. */
export function drawingSize(size: ChartSize | undefined, height: number): DrawingSize {
  if (size !== undefined) return size;
  // The same object for the same height, so that a drawing whose data did not change is not drawn again (chart-frame).
  let full = fullWidth.get(height);
  if (full === undefined) {
    full = { width: '100%', height };
    fullWidth.set(height, full);
  }
  return full;
}

const fullWidth = new Map<number, DrawingSize>();

export const CHART_MARGIN = { top: 8, right: 16, bottom: 0, left: 8 } as const;
