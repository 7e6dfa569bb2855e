import type { Sensitivity, SensitivityInput } from '../engine';

export interface TornadoRow {
  readonly input: SensitivityInput;
  readonly controlled: boolean;
  /** Change of the four-year net from the base, with the input lowered and raised (kroner). */
  readonly down: number;
  readonly up: number;
  /** The net itself with the input lowered and raised. */
  readonly low: number;
  readonly high: number;
}

export interface TornadoSeries {
  readonly base: number;
  readonly change: number;
  /** Largest swing first, as the engine orders them; inputs without effect left out. */
  readonly rows: readonly TornadoRow[];
}

/** The sensitivity bars as changes from the base net, for a tornado chart. */
export function toTornadoSeries(s: Sensitivity): TornadoSeries {
  return {
    base: s.base,
    change: s.change,
    rows: s.bars
      .filter((b) => b.low !== s.base || b.high !== s.base)
      .map((b) => ({ input: b.input, controlled: b.controlled, down: b.low - s.base, up: b.high - s.base, low: b.low, high: b.high })),
  };
}
