import type { RatePath } from '../../engine';
import { normalise } from './circular-line';

/**
 * Which rate a label of IMDi's table names. The rules only place what the words say: a label
 * that fits no rule, or several, is refused, never guessed. Grant codes (docs/model.md#grants), IMDi's
 * row names and the headings above them (a category such as «Barn» is the year-1 rate only
 * under an integration-grant heading) decide.
 */

/** The part of the table a heading opens. */
export type Section = 'integration' | 'elderly' | 'kindergarten' | 'minors' | 'highNeeds' | 'extra' | 'norwegianTraining';

/** What a label names: a rate, a sum of rates, or why it cannot be placed. */
export type Placement =
  | { readonly kind: 'rate'; readonly path: RatePath; readonly residenceYear: number | null; readonly settledIn: number | null }
  | { readonly kind: 'sum' }
  | { readonly kind: 'refused'; readonly why: 'unknown' | 'ambiguous' | 'no-heading' | 'not-total' };

const rate = (path: RatePath, residenceYear: number | null = null, settledIn: number | null = null): Placement => ({
  kind: 'rate',
  path,
  residenceYear,
  settledIn,
});
const refused = (why: 'unknown' | 'ambiguous' | 'no-heading' | 'not-total'): Placement => ({ kind: 'refused', why });

/** IMDi's grant codes as they stand in its tables and in IMDi Tilskudd (imdi.no, «Digitalisering av tilskuddsordninger», 2025). */
const CODES: readonly (readonly [RegExp, RatePath])[] = [
  [/\bar-?1 ?ev\b/u, 'integration.year1SingleAdult'],
  [/\bar-?1 ?b\b/u, 'integration.year1Child'],
  [/\bar-?1\b(?! ?(?:ev|b)\b)/u, 'integration.year1AdultInFamily'],
  [/\bar-?2\b/u, 'integration.year2'],
  [/\bar-?3\b/u, 'integration.year3'],
  [/\bar-?4\b/u, 'integration.year4'],
  [/\bar-?5\b/u, 'integration.year5'],
  [/\beldr\b/u, 'elderly'],
  [/\bbht\b/u, 'kindergarten'],
  [/\beminb\b/u, 'minors.youngBand'],
  [/\beminu\b/u, 'minors.olderBand'],
  [/\bfht ?1\b/u, 'highNeeds.tier1'],
  [/\bfht ?2\b/u, 'highNeeds.tier2Cap'],
];

const YEAR_PATHS = ['integration.year2', 'integration.year3', 'integration.year4', 'integration.year5'] as const;

/** The four year-1 categories as IMDi names them. */
function category(text: string): RatePath | null {
  const words = text.replace(/\([^)]*\)/gu, '').replace(/[,:.]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (/^enslige? voksne?$/u.test(words)) return 'integration.year1SingleAdult';
  if (/^(voksne?|voksne? i familie(?:r|n)?|andre voksne|øvrige voksne)$/u.test(words)) return 'integration.year1AdultInFamily';
  if (/^enslige? mindreårige?$/u.test(words)) return 'integration.year1UnaccompaniedMinor';
  if (/^barn$/u.test(words)) return 'integration.year1Child';
  return null;
}

const INTEGRATION_WORDS = /^(integreringstilskudd(?:et)?|alle|alle kategorier|alle personer|sats)?$/u;

/** «År 2 (2016)», «Integreringstilskudd år 2», «År 1 (2017) Enslige voksne». */
function residenceYearRow(label: string): Placement | null {
  const match = /^(?:integreringstilskudd(?:et)?,? )?(?:bosettings)?år ([1-5])(?: ?\((?:bosatt (?:i )?)?(\d{4})\))?[,:]? ?(.*)$/u.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const settledIn = match[2] === undefined ? null : Number(match[2]);
  const rest = (match[3] ?? '').trim();
  if (year === 1) {
    const path = category(rest);
    return path ? rate(path, 1, settledIn) : refused(rest === '' ? 'ambiguous' : 'unknown');
  }
  const path = YEAR_PATHS[year - 2];
  return path && INTEGRATION_WORDS.test(rest.replace(/[()]/gu, '').trim()) ? rate(path, year, settledIn) : refused('unknown');
}

/** A row of the minors' grant; `named`: the label itself names the grant, not only a heading above. */
function minorsRow(label: string, named: boolean): Placement {
  if (/engangs/u.test(label)) return rate('minors.oneOff');
  const young = /(til og med|t\.o\.m\.?|under|fyller 1[0-6]\b)/u.test(label) && /\b1[0-6]\b/u.test(label);
  const older = /(fra og med|f\.o\.m\.?|fra|fyller 17)/u.test(label) && /\b1[7-9]\b/u.test(label);
  if (young !== older) return rate(young ? 'minors.youngBand' : 'minors.olderBand');
  return refused(named || young ? 'ambiguous' : 'unknown');
}

/** A row of the high-needs grant; `named` as for minorsRow. */
function highNeedsRow(label: string, named: boolean): Placement {
  const tier1 = /(ekstratilskudd|nivå|tilskudd|trinn) 1\b/u.test(label);
  const tier2 = /(ekstratilskudd|nivå|tilskudd|trinn) 2\b/u.test(label);
  if (tier1 === tier2) return refused(named || tier1 ? 'ambiguous' : 'unknown');
  if (tier1) return rate('highNeeds.tier1');
  const threshold = /(terskel|egenandel|kostnader over|utgifter over)/u.test(label);
  const cap = /(inntil|tak|maks|høyst|per år|årlig)/u.test(label);
  if (threshold === cap) return refused('ambiguous');
  return rate(threshold ? 'highNeeds.tier2Threshold' : 'highNeeds.tier2Cap');
}

function norwegianTrainingRow(label: string): Placement {
  // Persons with collective protection: one rate, paid for one year.
  if (/kollektiv beskyttelse/u.test(label)) return rate('norwegianTraining.collectiveProtection');
  const low = /lav sats/u.test(label);
  const high = /høy sats/u.test(label);
  if (low === high) return refused('ambiguous');
  // The override is the three-year total per person; a yearly figure is not it.
  if (!/(sum|totalt|til sammen|tre år|3 år)/u.test(label)) return refused('not-total');
  return rate(low ? 'norwegianTraining.lowTotal' : 'norwegianTraining.highTotal');
}

const IS_SUM = /^(sum|totalt|til sammen|i alt)\b|\b(sum over|til sammen|totalt over)\b/u;

/** The rate a label names, under the section of the headings above it (null: none yet). */
export function placeLabel(printed: string, section: Section | null): Placement {
  // A bullet or dash before the row's name is layout, not part of it.
  const label = normalise(printed).replace(/^[•·*-]+\s*/u, '');
  if (label === '') return refused('unknown');
  const coded = CODES.filter(([pattern]) => pattern.test(label));
  if (coded.length === 1 && coded[0]) return rate(coded[0][1]);
  if (coded.length > 1) return refused('ambiguous');
  if (/persontilskudd|norskopplæring|opplæring i norsk/u.test(label) || (section === 'norwegianTraining' && /sats|kollektiv beskyttelse/u.test(label))) {
    return norwegianTrainingRow(label);
  }
  if (IS_SUM.test(label)) return { kind: 'sum' };
  const byYear = residenceYearRow(label);
  if (byYear) return byYear;
  if (/utover (?:den opprinnelige )?anmodning/u.test(label)) return rate('aboveRequest');
  if (/(ubrukte?|ikke brukte?) (?:vedtatte? )?plass/u.test(label)) return rate('unusedDecidedPlace');
  if (/høye behov|særlige behov|funksjonsevne|atferd/u.test(label) || /^ekstratilskudd [12]\b/u.test(label)) return highNeedsRow(label, true);
  if (/eldretilskudd|\bover 60\b/u.test(label)) return rate('elderly');
  if (/barnehagetilskudd|\b0 ?- ?5 år\b/u.test(label)) return rate('kindergarten');
  if (/tilskudd (?:til|for) enslige mindreårige|enslige? mindreårige?.*\b(fyller|til og med|fra og med|engangs)/u.test(label)) return minorsRow(label, true);
  const path = category(label);
  if (path) return section === 'integration' ? rate(path, 1) : refused('no-heading');
  // Rows that name no grant of their own, under the heading of theirs.
  if (section === 'highNeeds') return highNeedsRow(label, false);
  if (section === 'minors') return minorsRow(label, false);
  // Under «Eldretilskudd» or «Barnehagetilskudd» only a row that names nothing else is theirs.
  const bare = /^(engangstilskudd|tilskudd|sats)?( per (person|barn))?$/u.test(label.replace(/\([^)]*\)/gu, '').replace(/[,:]/gu, '').trim());
  if (section === 'elderly' && bare) return rate('elderly');
  if (section === 'kindergarten' && bare) return rate('kindergarten');
  return refused('unknown');
}

/**
 * The section a heading opens, or null if it names none (the section above goes on). «\b» is
 * ASCII-only, so «år» is bounded by a look-behind for letters instead.
 */
export function sectionOf(heading: string): Section | null {
  const text = normalise(heading);
  if (/persontilskudd|norskopplæring|opplæring i norsk/u.test(text)) return 'norwegianTraining';
  if (/høye behov|særlige behov|funksjonsevne|atferd/u.test(text)) return 'highNeeds';
  if (/utover anmodning|ubrukte? plass/u.test(text)) return 'extra';
  if (/eldretilskudd/u.test(text)) return 'elderly';
  if (/barnehagetilskudd/u.test(text)) return 'kindergarten';
  if (/tilskudd (?:til|for) enslige mindreårige/u.test(text)) return 'minors';
  if (/integreringstilskudd|bosettingsår|(?<![\p{L}\d])år 1\b/u.test(text)) return 'integration';
  return null;
}
