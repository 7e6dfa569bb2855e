import {
  buildKernels,
  commitmentNeeds,
  decisionCeiling,
  DEFAULT_SIMULATION,
  defaultCommitmentYears,
  maxCommitment,
  type Projection,
  type ProjectionRange,
  type ReferenceData,
  type Scenario,
} from '../engine';
import type { Messages } from '../i18n';
import type { Formatter } from '../lib/format';
import { assumptionRows, estimatedRates, groupEstimates, yearRanges } from './assumptions';
import { largestSentence, needsSentence } from './capacity-text';
import { economyTable, personsOf, personsTable, type DraftTable } from './council-draft-tables';
import { keyFiguresOf } from './key-figures';
import { toLargestFinding } from './largest-series';
import type { PredictabilityValue } from './predictability';
import { versionLine } from './version-line';
import { shownVersion, type SavedVersion } from '../scenario/versions';
import { rangeSentences } from './range-text';
import { codeOf } from './rate-rows';
import { describeSource } from './source-text';
import { DRAFT_SECTIONS, type DraftSectionKey } from './draft-sections';

export type { DraftTable } from './council-draft-tables';
export type { DraftSectionKey };

export interface DraftSection {
  readonly key: DraftSectionKey;
  readonly heading: string;
  /** The text, one paragraph an entry: what the planner edits. */
  readonly paragraphs: readonly string[];
  /** Tables after the text: the plan's numbers, not edited. */
  readonly tables: readonly DraftTable[];
}

export interface CouncilDraft {
  readonly title: string;
  /** Which version of the scenario the draft is written from («Versjon: …»), under the title. */
  readonly version: string;
  readonly sections: readonly DraftSection[];
}

export interface CouncilDraftInput {
  readonly scenario: Scenario;
  /** The municipality's name; null while none is chosen. */
  readonly municipality: string | null;
  readonly projection: Projection;
  readonly range: ProjectionRange;
  readonly reference: ReferenceData;
  /** The predictability comparison last run on this very plan, or null when none has been. */
  readonly predictability: PredictabilityValue | null;
  /** The scenario's saved versions, to say which one the draft shows; none when left out. */
  readonly versions?: readonly SavedVersion[];
  readonly messages: Messages;
  readonly format: Formatter;
}

/** The years the council answers for: those with a request or a decision, else the first. */
function answeredYears(scenario: Scenario): number[] {
  const years = scenario.years.flatMap((y, i) => (y.request !== null || y.revisedRequest !== null || y.decision !== null ? [i] : []));
  return years.length > 0 ? years : [0];
}

function subject({ scenario, municipality, messages: t, format: f }: CouncilDraftInput, who: string): string[] {
  const s = t.councilDraft.subject;
  const first = scenario.years[0];
  if (first === undefined || first.request === null) return [s.noRequest(scenario.startYear), s.task];
  const revised = first.revisedRequest !== null && first.revisedRequest !== first.request ? [s.revised(f.formatNumber(first.revisedRequest))] : [];
  return [[s.request(municipality ?? who, f.formatNumber(first.request), scenario.startYear), ...revised].join(' '), s.task];
}

/** Each answered year: the decision (with its margin) where entered, else the persons the plan settles. */
function proposal({ scenario, messages: t, format: f }: CouncilDraftInput, who: string): string[] {
  const p = t.councilDraft.proposal;
  const points = answeredYears(scenario).map((i, n) => {
    const year = scenario.years[i]!;
    const count = f.formatNumber(year.decision ?? personsOf(year));
    const ceiling = decisionCeiling(year);
    return year.decision !== null && year.decisionMarginPercent > 0 && ceiling !== null
      ? p.settleWithMargin(n + 1, who, count, scenario.startYear + i, f.formatPercent(year.decisionMarginPercent / 100, 0), f.formatNumber(ceiling))
      : p.settle(n + 1, who, count, scenario.startYear + i);
  });
  return [...points, p.reunified(points.length + 1)];
}

function background({ scenario, projection, messages: t, format: f }: CouncilDraftInput): string[] {
  const b = t.councilDraft.background;
  const last = scenario.startYear + scenario.years.length - 1;
  const reunified = Math.round(projection.persons.reduce((sum, p) => sum + p.reunified, 0));
  const before = { persons: scenario.settledBefore.persons.reduce((a, c) => a + c, 0), minors: scenario.settledBefore.minors.reduce((a, c) => a + c, 0) };
  return [
    b.plan(scenario.startYear, last),
    ...(reunified > 0 ? [b.reunified(f.formatNumber(reunified), scenario.startYear, last)] : []),
    ...(before.persons + before.minors > 0
      ? [b.settledBefore(f.formatNumber(before.persons), f.formatNumber(before.minors), scenario.startYear - 4, scenario.startYear - 1)]
      : []),
  ];
}

/** What capacity allows and what binds: the key-figure bar's months, the largest commitment and what the decision needs. */
function assessment(input: CouncilDraftInput): string[] {
  const { scenario, reference, projection, predictability, messages: t, format: f } = input;
  const a = t.councilDraft.assessment;
  const key = keyFiguresOf(projection);
  const band = (scenario.years[0]?.decisionMarginPercent ?? 0) / 100;
  const kernels = buildKernels(scenario, reference);
  const largest = toLargestFinding(maxCommitment(scenario, reference, kernels, band), scenario, band);
  const K = defaultCommitmentYears(scenario);
  const request = { perYear: null, band, years: K, dwellingLeadMonths: DEFAULT_SIMULATION.dwellingLeadMonths, placeLeadMonths: DEFAULT_SIMULATION.placeLeadMonths };
  const needs = commitmentNeeds(scenario, reference, request, kernels);
  return [
    key.firstShortMonth === null ? a.housingEnough : a.housingShort(f.formatMonth(key.firstShortMonth)),
    key.mostWaiting === null ? a.noWaiting : a.waiting(f.formatNumber(key.mostWaiting.count), f.formatMonth(key.mostWaiting.month)),
    largest.kind === 'noCapacity' ? a.noCapacity : largestSentence(largest, t.predictability.largest, f),
    ...(K > 0 ? [needsSentence(needs, scenario.startYear, scenario.startYear + K - 1, t.predictability.needs, f)] : []),
    predictability === null ? a.notRun : t.predictability.value.sentence(predictability, f),
  ];
}

function economy({ projection, range, messages: t, format: f }: CouncilDraftInput): string[] {
  const e = t.councilDraft.economy;
  const { economyPlan } = projection.budget;
  const investment = projection.capital.economyPlan;
  return [
    e.intro(economyPlan.fromYear, economyPlan.toYear),
    ...(economyPlan.estimated ? [e.estimated] : []),
    // The horizon's sentence only where the horizon is longer than the economy plan: else it says the same again.
    ...rangeSentences(projection, range, t, f).slice(0, projection.budget.horizon.toYear > economyPlan.toYear ? 2 : 1),
    ...(investment.units > 0 ? [e.investment(f.formatMillionKroner(investment.net), investment.fromYear, investment.toYear)] : []),
  ];
}

function risk({ scenario, projection, messages: t, format: f }: CouncilDraftInput): string[] {
  const r = t.councilDraft.risk;
  const key = keyFiguresOf(projection);
  const estimatedYears = projection.budget.years.flatMap((y, i) => (y.estimated ? [projection.years[i]!] : []));
  const beyond = scenario.years.flatMap((year, i) => {
    const ceiling = decisionCeiling(year);
    const settled = projection.persons[i] ? Object.values(projection.persons[i].settled).reduce((a, b) => a + b, 0) : 0;
    return ceiling !== null && settled > ceiling ? [r.beyondDecision(f.formatNumber(Math.round(settled - ceiling)), scenario.startYear + i)] : [];
  });
  const defaults = assumptionRows(scenario, t, f).filter((row) => row.isDefault).length;
  return [
    ...(estimatedYears.length > 0 ? [r.estimated(yearRanges(estimatedYears))] : []),
    ...(key.firstShortMonth === null ? [] : [r.housing(f.formatMonth(key.firstShortMonth))]),
    ...(key.mostWaiting === null ? [] : [r.places(f.formatMonth(key.mostWaiting.month))]),
    ...beyond,
    ...(defaults > 0 ? [r.defaults(f.formatNumber(defaults))] : []),
    r.request,
  ];
}

/** The rates estimated (each rule in the reader's language by `describeSource`), the municipality's own rates, and every assumption. */
function assumptions({ scenario, reference, messages: t, format: f }: CouncilDraftInput): string[] {
  const a = t.councilDraft.assumptions;
  const rateName = (rate: Parameters<typeof codeOf>[0]) => {
    const code = codeOf(rate);
    return code === null ? t.rates.labels[rate] : `${t.rates.labels[rate]} (${code})`;
  };
  const estimates = groupEstimates(estimatedRates(scenario, reference)).map((g) =>
    a.estimate(g.rates.map(rateName).join('; '), yearRanges(g.years), describeSource(g.source, t.rates)),
  );
  const overrides = scenario.rateOverrides.map((o) => a.override(t.rates.labels[o.rate], o.year, f.formatKroner(o.value), o.source));
  const rows = assumptionRows(scenario, t, f).map((row) => (row.isDefault ? a.default(row.label, row.value, row.source) : a.changed(row.label, row.value)));
  return [a.tool(reference.edition), ...estimates, ...overrides, ...rows];
}

/**
 * The draft of the case paper (saksframlegg) for the council's decision on IMDi's request, from
 * the plan: every number from the report functions the plan screen, the print and the meeting
 * read (budget rows, key figures, range sentences, the largest commitment, what it needs, the
 * predictability sentence), written in the language of `messages` and `format`.
 */
export function councilDraft(input: CouncilDraftInput): CouncilDraft {
  const { scenario, projection, range, municipality, messages: t, format: f } = input;
  const c = t.councilDraft;
  const who = municipality ?? c.thisMunicipality;
  const last = scenario.startYear + scenario.years.length - 1;
  const text: Record<DraftSectionKey, readonly string[]> = {
    subject: subject(input, who),
    proposal: proposal(input, who),
    background: background(input),
    assessment: assessment(input),
    economy: economy(input),
    risk: risk(input),
    assumptions: assumptions(input),
  };
  const tables: Partial<Record<DraftSectionKey, readonly DraftTable[]>> = {
    background: [personsTable(scenario, t, f)],
    economy: [economyTable(projection, range, t, f)],
  };
  return {
    title: c.title(who, scenario.startYear === last ? String(last) : `${scenario.startYear}–${last}`),
    version: `${t.versions.shown.label}: ${versionLine(shownVersion(scenario, input.versions ?? []), t.versions.shown, f.formatDateTime)}`,
    sections: DRAFT_SECTIONS.map((key) => ({ key, heading: c.sections[key], paragraphs: text[key], tables: tables[key] ?? [] })),
  };
}
