import { formatter, type Formatter } from '../lib/format';
import type { FieldBound } from '../scenario/bounds';
import { isBlank, readNumber } from './parse-number';
import type { InputCheck } from './validated-input';

/**
 * The kinds of number a planner enters, and the rules each must meet. Shares are typed as
 * percent and stored as a share (30 → 0.3); kroner are whole kroner; counts whole persons,
 * dwellings or months.
 */
export type NumberKind = 'count' | 'share' | 'kroner' | 'decimal';

export interface NumberRule {
  readonly kind: NumberKind;
  /** Smallest value, in the unit typed (percent for shares); 0 unless given. */
  readonly min?: number;
  /** Largest value, in the unit typed; 100 for shares unless given. */
  readonly max?: number;
  /** Must be above 0 (a family size, persons per dwelling). */
  readonly positive?: boolean;
  /** The stored value of an empty field; without it an empty field is refused. */
  readonly emptyAs?: number;
}

/** The messages of the checks, in the UI's language. */
export interface CheckMessages {
  readonly notNumber: string;
  readonly negative: string;
  readonly whole: string;
  readonly wholeKroner: string;
  readonly positive: string;
  readonly percent: (max: string) => string;
  readonly range: (min: string, max: string) => string;
  readonly atMost: (max: string) => string;
}

/**
 * A field's rule from the scenario's bound (src/scenario/bounds.ts), so that the field refuses
 * what a file or link would: a share's bound (0–1) is typed as percent (0–100).
 */
export function ruleOf(bound: FieldBound, emptyAs?: number): NumberRule {
  const scale = bound.kind === 'share' ? 100 : 1;
  const rule: NumberRule = { kind: bound.kind, min: bound.min * scale, max: bound.max * scale, ...(bound.positive ? { positive: true } : {}) };
  return emptyAs === undefined ? rule : { ...rule, emptyAs };
}

const toStored = (rule: NumberRule, typed: number) => (rule.kind === 'share' ? typed / 100 : typed);

/** Bokmål: the default language of the checks and of the fields' text. */
const bokmal = formatter('nb');

/**
 * Reads a field's text by its rule: the stored value, or the first rule it breaks, its limits
 * written by `format` (the UI's language; bokmål unless given). Reading is the same in every
 * language: a decimal comma or point, spaces between thousands, and in a count or kroner field
 * also a comma or point before groups of three ("250,000" and "250.000" are 250 000 kroner).
 */
export function checkNumber(text: string, rule: NumberRule, m: CheckMessages, { formatNumber }: Formatter = bokmal): InputCheck<number> {
  if (isBlank(text) && rule.emptyAs !== undefined) return { ok: true, value: rule.emptyAs };
  const typed = readNumber(text, { whole: rule.kind === 'count' || rule.kind === 'kroner' });
  if (typed === null) return { ok: false, message: m.notNumber };
  const min = rule.min ?? 0;
  const max = rule.max ?? (rule.kind === 'share' ? 100 : Number.POSITIVE_INFINITY);
  if (rule.kind === 'share' && (typed < min || typed > max)) return { ok: false, message: m.percent(formatNumber(max)) };
  if (typed < 0 && min >= 0) return { ok: false, message: m.negative };
  if (rule.kind === 'count' && !Number.isInteger(typed)) return { ok: false, message: m.whole };
  if (rule.kind === 'kroner' && !Number.isInteger(typed)) return { ok: false, message: m.wholeKroner };
  if (rule.positive && typed <= 0) return { ok: false, message: m.positive };
  if (typed < min) return { ok: false, message: m.range(formatNumber(min), formatNumber(max)) };
  if (typed > max) {
    return { ok: false, message: min > 0 ? m.range(formatNumber(min), formatNumber(max)) : m.atMost(formatNumber(max)) };
  }
  return { ok: true, value: toStored(rule, typed) };
}

/**
 * A stored value as the field shows it, in `format`'s language (bokmål unless given): shares as
 * percent and decimals with its decimal sign ("33,33" / "33.33"), kroner grouped by thousands
 * ("250 000" / "250,000", both read back by `checkNumber`), counts as plain digits.
 */
export function showNumber(value: number, rule: NumberRule, { formatDecimalInput, formatNumber }: Formatter = bokmal): string {
  switch (rule.kind) {
    case 'share':
      return formatDecimalInput(value * 100, 2);
    case 'kroner':
      return formatNumber(value);
    case 'count':
      return String(value);
    case 'decimal':
      return formatDecimalInput(value, 3);
  }
}
