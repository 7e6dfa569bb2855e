import type { FigureStatus, Source, SourceNote } from '../engine';
import type { Messages } from '../i18n';

/**
 * A figure's source for a reader, in the reader's language: the one place where the structured
 * source of the reference data (engine `Source`: a cited document, an estimate with its rule and
 * parameters, a stated rule, or the planner's own text) becomes words.
 */

/** The strings `describeSource` needs: the rates messages of the reader's language. */
export type SourceTextMessages = Pick<Messages['rates'], 'sourceText' | 'statuses'>;

/** A figure status as a word inside a sentence: "Bekreftet" → "bekreftet". */
function statusWord(status: FigureStatus, t: SourceTextMessages): string {
  const word = t.statuses[status];
  return word.charAt(0).toLocaleLowerCase() + word.slice(1);
}

/** "2023-10-03" → "3. oktober 2023"; "2018" → "2018". */
function dateOf(date: string, t: SourceTextMessages): string {
  const [year, month, day] = date.split('-').map(Number);
  return t.sourceText.date(day ?? null, month ?? null, year ?? 0);
}

function noteOf(n: SourceNote, t: SourceTextMessages): string {
  const notes = t.sourceText.notes;
  switch (n.note) {
    case 'one-band':
      return notes['one-band'](n.year ?? 0);
    case 'per-square-metre':
      return notes['per-square-metre'](n.kroner ?? 0, n.squareMetres ?? 0);
    default:
      return notes[n.note]();
  }
}

/** Years as a list: [2023] → "2023", [2023, 2031] → "2023, 2031". */
const yearList = (years: readonly number[]) => years.join(', ');

/** The text of a source in the language of `t` (pass `messages.rates`). */
export function describeSource(source: Source, t: SourceTextMessages): string {
  const s = t.sourceText;
  switch (source.kind) {
    case 'text':
      return source.text;
    case 'cited': {
      const date = dateOf(source.date, t);
      // A web site is named as a site; a document by its title.
      const head = /\.(no|com)$/.test(source.document)
        ? s.website(source.publisher, source.document, date)
        : s.cited(source.publisher, source.document, date);
      const notes = (source.notes ?? []).map((n) => noteOf(n, t));
      return notes.length > 0 ? `${head} (${notes.join('; ')})` : head;
    }
    case 'estimate': {
      const text = s.estimate(source.fromYear, statusWord(source.fromStatus, t), s.percent(source.growth));
      const frozen = source.frozenYears ?? [];
      return frozen.length > 0 ? `${text}; ${s.frozenYears(yearList(frozen))}` : text;
    }
    case 'rule': {
      const [a = 0, b = 0, c = 0] = source.years;
      switch (source.rule) {
        case 'child-as-adult-in-family':
          return source.base ? `${s.childAsAdultInFamily(a)}: ${describeSource(source.base, t)}` : s.childAsAdultInFamily(a);
        case 'no-grant-between':
          return s.noGrantBetween(a, b);
        case 'carried':
          return s.carried(a, b, c);
        case 'only-in':
          return s.onlyIn(a);
        case 'no-grant-known':
          return s.noGrantKnown;
        case 'average-growth-of-g':
          return s.averageGrowthOfG(a, b);
        case 'g-assumed-growth':
          return s.gAssumedGrowth(a, s.percent(source.growth ?? 0));
        case 'beyond-tables':
          return s.beyondTables(a, b, s.percent(source.growth ?? 0));
      }
    }
  }
}

/** A stable key of a source, to group figures that share one (the printed list of estimates). */
export const sourceKey = (source: Source): string => JSON.stringify(source);
