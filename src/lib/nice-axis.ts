/**
 * A y-axis with round ticks for charts that set their own domain (small multiples sharing an
 * axis, data whose maximum is an awkward number): the step is 1, 2, 2.5 or 5 × 10^k, about four
 * steps span the data, and the domain is widened to whole steps.
 */
export interface NiceAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

function niceStep(span: number, minStep: number, multipliers: readonly number[]): number {
  if (span <= 0) return Math.max(1, minStep);
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return Math.max(minStep, (multipliers.find((s) => s * power >= raw * (1 - 1e-12)) ?? 10) * power);
}

/** Steps of whole millions' tenths: an axis in mill. kr with one decimal never shows 0,25 as «0,3». */
export const MONEY_STEPS = { minStep: 100_000, multipliers: [1, 2, 5, 10] } as const;

/**
 * Round ticks covering [lo, hi], always including 0; `minStep` 1 keeps an axis of counts in
 * whole numbers; `multipliers` are the allowed steps' leading digits.
 */
export function niceAxis(lo: number, hi: number, minStep = 0, multipliers: readonly number[] = [1, 2, 2.5, 5, 10]): NiceAxis {
  const low = Math.min(0, lo);
  const high = Math.max(0, hi);
  const step = niceStep(high - low, minStep, multipliers);
  const from = Math.floor(low / step + 1e-9) * step;
  const to = Math.max(from + step, Math.ceil(high / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let v = from; v <= to + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { domain: [from, to], ticks };
}
