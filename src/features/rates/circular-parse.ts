import type { RatePath } from '../../engine';
import { normalise, splitLine, tidy } from './circular-line';
import { placeLabel, sectionOf, type Placement, type Section } from './circular-rules';

/**
 * A year's rate table pasted from IMDi's circular («Tilskudd til kommunene ved bosetting av
 * flyktninger»), read line by line: the rates it names, its sums checked against their parts,
 * and the lines it refuses with the reason. Pure: the rates screen shows the reading beside the
 * current figures and stores what the planner confirms.
 */

/** A rate read from one line: the label as IMDi prints it, the rate it maps to, whole kroner. */
export interface ReadRate {
  /** 1-based line of the pasted text. */
  readonly line: number;
  readonly printed: string;
  readonly path: RatePath;
  readonly value: number;
}

/** A sum line («Sum over fem år, enslige voksne»): not stored, checked where its parts were read. */
export interface CheckedSum {
  readonly line: number;
  readonly printed: string;
  readonly value: number;
  readonly check: { readonly kind: 'matches' } | { readonly kind: 'differs'; readonly parts: number } | { readonly kind: 'unchecked' };
}

export type Refusal =
  | { readonly kind: 'unknown' | 'ambiguous' | 'no-heading' | 'not-total' | 'several-figures' | 'no-label' }
  | { readonly kind: 'not-whole-kroner'; readonly cell: string }
  | { readonly kind: 'wrong-year'; readonly tableYear: number }
  | { readonly kind: 'conflict'; readonly otherLine: number }
  | { readonly kind: 'ambiguous-figure'; readonly value: number; readonly alternative: number };

export interface RefusedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: Refusal;
}

export interface CircularReading {
  /** In the order of the text, one per rate. */
  readonly rates: readonly ReadRate[];
  readonly sums: readonly CheckedSum[];
  readonly refused: readonly RefusedLine[];
  /** Years the headings name that are not the budget year (the table of another year?). */
  readonly otherYears: readonly number[];
}

type Read = { readonly kind: 'rate'; readonly rate: ReadRate } | { readonly kind: 'sum'; readonly sum: Omit<CheckedSum, 'check'> } | { readonly kind: 'refused'; readonly refused: RefusedLine } | null;

/** The rate of a placed label, or the refusal if its «År n (settled)» is not of the budget year. */
function placed(place: Placement, line: number, printed: string, value: number, text: string, budgetYear: number): Read {
  if (place.kind === 'sum') return { kind: 'sum', sum: { line, printed, value } };
  if (place.kind === 'refused') return { kind: 'refused', refused: { line, text, reason: { kind: place.why } } };
  if (place.residenceYear !== null && place.settledIn !== null) {
    const tableYear = place.settledIn + place.residenceYear - 1;
    if (tableYear !== budgetYear) return { kind: 'refused', refused: { line, text, reason: { kind: 'wrong-year', tableYear } } };
  }
  return { kind: 'rate', rate: { line, printed, path: place.path, value } };
}

function readLine(text: string, line: number, section: Section | null, budgetYear: number): Read {
  const split = splitLine(text);
  const refuse = (reason: Refusal): Read => ({ kind: 'refused', refused: { line, text: tidy(text), reason } });
  if (split.kind === 'text') return null;
  if (split.kind === 'bad-figure') return refuse({ kind: 'not-whole-kroner', cell: split.cell });
  if (split.kind === 'several-figures') return refuse({ kind: 'several-figures' });
  if (split.label === '') return refuse({ kind: 'no-label' });
  const place = placeLabel(split.label, section);
  if (split.alternative) {
    const other = placeLabel(split.alternative.label, section);
    const differs = other.kind !== 'refused' && (place.kind !== other.kind || (place.kind === 'rate' && other.kind === 'rate' && place.path !== other.path));
    if (differs) return refuse({ kind: 'ambiguous-figure', value: split.value, alternative: split.alternative.value });
  }
  return placed(place, line, split.label, split.value, tidy(text), budgetYear);
}

const FIVE_YEARS = ['integration.year2', 'integration.year3', 'integration.year4', 'integration.year5'] as const;
const YEAR1: readonly (readonly [RegExp, RatePath])[] = [
  [/enslige? voksne/u, 'integration.year1SingleAdult'],
  [/enslige? mindreårige/u, 'integration.year1UnaccompaniedMinor'],
  [/\bbarn\b/u, 'integration.year1Child'],
  [/voksne/u, 'integration.year1AdultInFamily'],
];
const ALL_YEAR1 = YEAR1.map(([, path]) => path);
const OTHERS: readonly RatePath[] = ['integration.year1AdultInFamily', 'integration.year1Child', 'integration.year1UnaccompaniedMinor'];

/**
 * A five-year sum checked against year 1 of its category and years 2–5: «enslige voksne» by the
 * single-adult rate, «øvrige» by every other category read, no category by any one of them.
 */
function checkSum(sum: Omit<CheckedSum, 'check'>, values: ReadonlyMap<RatePath, number>): CheckedSum {
  const label = normalise(sum.printed);
  if (!/(fem|5) år/u.test(label)) return { ...sum, check: { kind: 'unchecked' } };
  const named = YEAR1.find(([pattern]) => pattern.test(label))?.[1];
  const categories = /øvrige|andre/u.test(label) ? OTHERS : named ? [named] : ALL_YEAR1;
  const later = FIVE_YEARS.map((path) => values.get(path));
  if (later.some((v) => v === undefined)) return { ...sum, check: { kind: 'unchecked' } };
  const totals = categories.flatMap((path) => {
    const first = values.get(path);
    return first === undefined ? [] : [first + later.reduce<number>((a, v) => a + (v ?? 0), 0)];
  });
  if (totals.length === 0) return { ...sum, check: { kind: 'unchecked' } };
  const matches = named || /øvrige|andre/u.test(label) ? totals.every((t) => t === sum.value) : totals.includes(sum.value);
  return { ...sum, check: matches ? { kind: 'matches' } : { kind: 'differs', parts: totals.find((t) => t !== sum.value) ?? 0 } };
}

/** The table year of a heading «År 1 (2017)» (year of residence n, settled in y: y + n − 1). */
function tableYearOfHeading(label: string): number | null {
  const match = /(?<![\p{L}\d])år ([1-5]) ?\((?:bosatt (?:i )?)?(\d{4})\)/u.exec(normalise(label));
  return match ? Number(match[2]) + Number(match[1]) - 1 : null;
}

/** The rates of the text for `budgetYear`, its sums checked, and the lines it refuses. */
export function readCircular(text: string, budgetYear: number): CircularReading {
  let section: Section | null = null;
  const reads: ReadRate[] = [];
  const sums: Omit<CheckedSum, 'check'>[] = [];
  const refused: RefusedLine[] = [];
  const otherYears = new Set<number>();
  for (const [i, raw] of text.split(/\r\n|\r|\n/u).entries()) {
    if (raw.trim() === '') continue;
    const split = splitLine(raw);
    if (split.kind === 'text') {
      section = sectionOf(split.label) ?? section;
      const table = split.year ?? tableYearOfHeading(split.label);
      if (table !== null && table !== budgetYear) otherYears.add(table);
    }
    const read = readLine(raw, i + 1, section, budgetYear);
    if (read?.kind === 'rate') reads.push(read.rate);
    else if (read?.kind === 'sum') sums.push(read.sum);
    else if (read?.kind === 'refused') refused.push(read.refused);
  }
  // The same rate twice: kept once if the figures agree, refused on both lines if not.
  const rates: ReadRate[] = [];
  for (const read of reads) {
    const first = reads.find((r) => r.path === read.path);
    const clash = reads.find((r) => r.path === read.path && r.value !== read.value);
    if (clash) refused.push({ line: read.line, text: tidy(text.split(/\r\n|\r|\n/u)[read.line - 1] ?? ''), reason: { kind: 'conflict', otherLine: clash.line } });
    else if (first === read) rates.push(read);
  }
  const values = new Map(rates.map((r) => [r.path, r.value]));
  return {
    rates,
    sums: sums.map((sum) => checkSum(sum, values)),
    refused: refused.sort((a, b) => a.line - b.line),
    otherYears: [...otherYears].sort((a, b) => a - b),
  };
}
