/**
 * A y-axis with round ticks for charts that set their own domain (small multiples sharing an
 * axis, data whose maximum is an awkward number): the step is 1, 2, 2.5 or 5 × 10^k, about four
 * steps span the data, and the domain is widened to whole steps.
 */
export interface NiceAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

function niceStep(span: number): number {
  if (span <= 0) return 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((s) => s * power >= raw * (1 - 1e-12)) ?? 10) * power;
}

/** Round ticks covering [lo, hi], always including 0. */
export function niceAxis(lo: number, hi: number): NiceAxis {
  const low = Math.min(0, lo);
  const high = Math.max(0, hi);
  const step = niceStep(high - low);
  const from = Math.floor(low / step + 1e-9) * step;
  const to = Math.max(from + step, Math.ceil(high / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let v = from; v <= to + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { domain: [from, to], ticks };
}
