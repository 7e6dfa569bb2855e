import type { Figure, FigureStatus } from '../engine';
import type { Messages } from '../i18n';

/**
 * The source texts of the reference data as a reader sees them. The data builder
 * (src/reference/fill.ts, anchors.ts) and the engine's rate book (src/engine/rates.ts) write
 * every figure's source in English, e.g. "estimated: 2024 rate indexed by G"; the data, the CLI
 * and the golden tests keep those texts. This display layer recognises each of those templates,
 * also where several are joined by "; " (the year-1 child rate, the 2023 freeze), and writes it
 * in the reader's language. A text it does not recognise (a human citation such as
 * "IMDi rundskriv 2027", a planner's own source) comes back unchanged.
 */

/** The strings `describeSource` needs: the rates messages of the reader's language. */
export type SourceTextMessages = Pick<Messages['rates'], 'sourceText' | 'statuses'>;

/** How fill.ts joins the rules behind one figure. */
const SEPARATOR = '; ';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const YEAR = '(\\d{4})';
/** A citation kept as written (never a "; ", so a template cannot swallow a composition). */
const CITATION = '([^;]+?)';
const GROWTH = '(-?\\d+(?:\\.\\d+)?)';

/** A figure status as a word inside a sentence: "Bekreftet" → "bekreftet". */
function statusWord(status: string, t: SourceTextMessages): string | null {
  if (!Object.hasOwn(t.statuses, status)) return null;
  const word = t.statuses[status as FigureStatus];
  return word.charAt(0).toLocaleLowerCase() + word.slice(1);
}

function date(day: string, month: string, year: string, t: SourceTextMessages): string {
  return t.sourceText.date(Number(day), MONTHS.indexOf(month) + 1, Number(year));
}

interface Rule {
  readonly pattern: RegExp;
  /** The text in the reader's language, or null if a part of it is not recognised after all. */
  readonly render: (match: readonly string[], t: SourceTextMessages) => string | null;
}

const rule = (pattern: string, render: Rule['render']): Rule => ({ pattern: new RegExp(`^${pattern}$`, 'u'), render });
const n = Number;

/** Every template of fill.ts, anchors.ts and the engine's rate book. */
const RULES: readonly Rule[] = [
  // fill.ts
  rule(`estimated: ${YEAR} rate indexed by G`, ([, year], t) => t.sourceText.indexedByG(n(year))),
  rule(`estimated: G ${YEAR} raised by the assumed yearly growth ${GROWTH} %`, ([, year, growth], t) =>
    t.sourceText.gRaised(n(year), growth ?? ''),
  ),
  rule(`estimated: G ${YEAR} lowered by the assumed yearly growth ${GROWTH} %`, ([, year, growth], t) =>
    t.sourceText.gLowered(n(year), growth ?? ''),
  ),
  rule(`estimated: interpolated between ${YEAR} \\(([a-z-]+)\\) and ${YEAR} \\(([a-z-]+)\\)`, ([, from, fromStatus, to, toStatus], t) => {
    const first = statusWord(fromStatus ?? '', t);
    const second = statusWord(toStatus ?? '', t);
    return first === null || second === null ? null : t.sourceText.interpolated(n(from), first, n(to), second);
  }),
  rule(`estimated: as adult in family \\(equal in the ${YEAR} table\\)`, ([, year], t) => t.sourceText.asAdultInFamily(n(year))),
  rule(`average yearly growth of G ${YEAR}–${YEAR}( \\(FACTS\\.md §\\d+\\))?`, ([, from, to, reference], t) =>
    `${t.sourceText.averageGrowthOfG(n(from), n(to))}${reference ?? ''}`,
  ),
  // One of the earlier year's rules (the 2023 freeze: "…; 2022: estimated: …").
  rule(`${YEAR}: (.+)`, ([, year, rest], t) => {
    const inner = render(rest ?? '', t);
    return inner === null ? null : `${year}: ${inner}`;
  }),
  // The engine's rate book, for years beyond the reference tables.
  rule(`estimated: ${YEAR} rate indexed to ${YEAR}`, ([, from, to], t) => t.sourceText.indexedTo(n(from), n(to))),
  rule(`estimated: G ${YEAR} indexed to ${YEAR}`, ([, from, to], t) => t.sourceText.gIndexedTo(n(from), n(to))),
  // anchors.ts
  rule('no grant known for this year: enter it if the policy year has one', (_, t) => t.sourceText.noGrantKnown),
  rule(`${YEAR} rate not found; carried from ${YEAR}, abolished from ${YEAR}`, ([, year, from, abolished], t) =>
    t.sourceText.notFoundCarried(n(year), n(from), n(abolished)),
  ),
  rule(`no grant between the ${YEAR} abolition and ${YEAR}`, ([, abolished, until], t) => t.sourceText.noGrantBetween(n(abolished), n(until))),
  rule(`abolished, ${CITATION}`, ([, citation], t) => t.sourceText.abolished(citation ?? '')),
  rule(`one-off only in ${YEAR} \\(${CITATION}\\)`, ([, year, citation], t) => t.sourceText.oneOffOnly(n(year), citation ?? '')),
  rule(`compensation only in ${YEAR}`, ([, year], t) => t.sourceText.compensationOnly(n(year))),
  rule(`same as ${YEAR}: the integration grant was not price-adjusted in ${YEAR} \\(${CITATION}\\)`, ([, sameAs, year, citation], t) =>
    t.sourceText.frozen(n(sameAs), n(year), citation ?? ''),
  ),
  rule(`Grunnbeløpet G from 1 May ${YEAR} \\((FACTS\\.md §\\d+)(, secondary source)?\\)`, ([, year, reference, secondary], t) =>
    `${t.sourceText.gFromMay(n(year))} (${reference}${secondary ? `, ${statusWord('secondary', t)}` : ''})`,
  ),
  rule(`Secondary: a public app for journalists citing IMDi, ${YEAR} \\(one version of the source swaps adult and child\\)`, ([, year], t) =>
    t.sourceText.journalistApp(n(year)),
  ),
  rule(`Secondary source citing IMDi, ${YEAR}`, ([, year], t) => t.sourceText.citingImdi(n(year))),
  rule(`${CITATION} \\(band edge derived: the source line is cut\\)`, ([, citation], t) => t.sourceText.bandEdgeDerived(citation ?? '')),
  rule(`${CITATION} \\(total per person over three years, low rate\\)`, ([, citation], t) => t.sourceText.totalLowRate(citation ?? '')),
  rule(`${CITATION} \\(total per person over three years, high rate\\)`, ([, citation], t) => t.sourceText.totalHighRate(citation ?? '')),
  rule(`${CITATION} \\(one band in ${YEAR}: the same rate for both bands\\)`, ([, citation, year], t) =>
    t.sourceText.oneBand(citation ?? '', n(year)),
  ),
  rule(`${CITATION} \\(compensation per decided place left unused\\)`, ([, citation], t) => t.sourceText.unusedPlace(citation ?? '')),
  rule(`regjeringen\\.no, rules for the high-needs grant, ${YEAR}`, ([, year], t) => t.sourceText.highNeedsRules(n(year))),
  rule(
    `husbanken\\.no, Husbanken's rental-housing grant, rates from (\\d{1,2}) ${MONTH} ${YEAR}: ([\\d\\s]+) per m², capped at (\\d+) m²`,
    ([, day, month, year, perM2, maxM2], t) => t.sourceText.husbanken(date(day ?? '', month ?? '', year ?? '', t), perM2 ?? '', maxM2 ?? ''),
  ),
  // A citation dated in English: "imdi.no, 3 Oct 2023".
  rule(`${CITATION}, (\\d{1,2}) ${MONTH} ${YEAR}`, ([, citation, day, month, year], t) =>
    `${citation}, ${date(day ?? '', month ?? '', year ?? '', t)}`,
  ),
];

/** One template, or null. */
function one(text: string, t: SourceTextMessages): string | null {
  for (const { pattern, render: show } of RULES) {
    const match = pattern.exec(text);
    if (match) {
      const shown = show(match, t);
      if (shown !== null) return shown;
    }
  }
  return null;
}

/**
 * The text in the reader's language, or null if no part of it is recognised. A "; "-joined
 * text is read from the left, each time taking the longest run of parts that is one template
 * (a template may hold "; " itself); a part no template knows stays as written.
 */
function render(text: string, t: SourceTextMessages): string | null {
  const parts = text.split(SEPARATOR);
  const shown: string[] = [];
  let recognised = false;
  for (let from = 0; from < parts.length; ) {
    let to = parts.length;
    let rendered: string | null = null;
    for (; to > from; to -= 1) {
      rendered = one(parts.slice(from, to).join(SEPARATOR), t);
      if (rendered !== null) break;
    }
    if (rendered === null) {
      shown.push(parts[from] ?? '');
      from += 1;
    } else {
      shown.push(rendered);
      recognised = true;
      from = to;
    }
  }
  return recognised ? shown.join(SEPARATOR) : null;
}

/**
 * A figure's source for a reader: each machine-written template of the reference data in the
 * language of `t` (pass `messages.rates`), any other text unchanged.
 */
export function describeSource(source: string, t: SourceTextMessages): string {
  return render(source, t) ?? source;
}

/** A figure's source for a reader: the planner's own text (an override) always as entered. */
export function describeFigureSource(figure: Pick<Figure, 'status' | 'source'>, t: SourceTextMessages): string {
  return figure.status === 'user-entered' ? figure.source : describeSource(figure.source, t);
}
