import { UNIT_COSTS, type Scenario } from '../engine';
import type { Messages } from '../i18n';
import type { Formatter } from '../lib/format';
import { withoutUnit } from './assumptions';

/**
 * The plan's inputs that are not per year, shaped once for the printed summary's appendix and
 * the council's case paper: the dwellings ordered and given back, the housing settings, and
 * every amount the municipality enters (its unit costs, the block grant per inhabitant, the
 * documented cost of tier-2 high-needs persons). Labels as the scenario editor names the inputs,
 * in the language of `t`; amounts as numbers, with the text the reader sees beside them.
 */

export interface DwellingOrder {
  /** Ordered in: year and month 1–12. */
  readonly year: number;
  readonly month: number;
  readonly units: number;
  readonly leadTimeMonths: number;
  /** Ready in (order month + lead time, as the engine places it). */
  readonly readyYear: number;
  readonly readyMonth: number;
  /** Bought or built by the municipality (investment budget). */
  readonly acquired: boolean;
}

/** The pipeline in order of ordering, each with the month its dwellings are ready. */
export function dwellingOrders(scenario: Scenario): DwellingOrder[] {
  return scenario.housing.pipeline
    .map((o) => {
      const ready = o.year * 12 + o.month - 1 + o.leadTimeMonths;
      return { year: o.year, month: o.month, units: o.units, leadTimeMonths: o.leadTimeMonths, readyYear: Math.floor(ready / 12), readyMonth: (ready % 12) + 1, acquired: o.acquired };
    })
    .sort((a, b) => a.year - b.year || a.month - b.month);
}

/** A month as a report writes it: "mars 2027". */
export const monthText = (year: number, month: number, f: Formatter) => f.formatMonth(`${year}-${String(month).padStart(2, '0')}`);

export interface LabelledValue {
  readonly key: string;
  readonly label: string;
  /** The value for a reader, e.g. "20", "ja, sone «Andre kommuner»", "60 000 / 40 000 / 0 / 0 / 0 kr". */
  readonly text: string;
}

/** The housing inputs beside the pipeline: the stock at start, sharing, waiting for a dwelling, Husbanken's grant; and the releases, if any. */
export function housingFacts(scenario: Scenario, t: Messages, f: Formatter): LabelledValue[] {
  const h = scenario.housing;
  const m = t.inputs.housing;
  const p = t.planInputs;
  const releases = [...h.releases].sort((a, b) => a.year - b.year || a.month - b.month);
  return [
    { key: 'housing.dwellingsAtStart', label: m.dwellingsAtStart, text: f.formatNumber(h.dwellingsAtStart) },
    { key: 'housing.singleAdultsPerDwelling', label: m.singleAdultsPerDwelling, text: f.formatDecimalInput(h.singleAdultsPerDwelling, 2) },
    { key: 'housing.delaySettlementWithoutDwelling', label: m.delay, text: h.delaySettlementWithoutDwelling ? p.yes : p.no },
    { key: 'housing.husbankenGrant', label: m.husbanken, text: h.husbankenGrant ? p.husbankenOn(m.zones[h.zone]) : p.no },
    ...(releases.length > 0
      ? [{ key: 'housing.releases', label: m.releasesCaption, text: releases.map((r) => p.release(f.formatNumber(r.units), monthText(r.year, r.month, f))).join(', ') }]
      : []),
  ];
}

export interface UnitCostRow extends LabelledValue {
  /** The amount, or the five amounts by year of residence 1–5, in whole kroner. */
  readonly values: readonly number[];
  /** Anything other than 0 entered (every cost's default is 0). */
  readonly entered: boolean;
}

/** A label without its unit or its list of examples: "Andre tjenester … (helse, omsorg, …)" → "Andre tjenester …". */
const withoutBrackets = (label: string) => label.replace(/\s*\([^()]*\)$/u, '');

/**
 * Every amount the municipality enters, in the editor's order: the unit costs, social assistance
 * and other services by year of residence, the block grant per inhabitant and the documented
 * cost per tier-2 person. `entered` marks those not left at 0.
 */
export function unitCostRows(scenario: Scenario, t: Messages, f: Formatter): UnitCostRow[] {
  const m = t.inputs.costs;
  const c = scenario.costs;
  // Five amounts under one unit: the unit as formatKroner writes it around a number ("0 kr", "NOK 0").
  const row = (key: string, label: string, values: readonly number[]): UnitCostRow => ({
    key,
    label,
    values,
    entered: values.some((v) => v !== 0),
    text: values.length === 1 ? f.formatKroner(values[0] ?? 0) : f.formatKroner(0).replace(f.formatNumber(0), values.map(f.formatNumber).join(' / ')),
  });
  return [
    ...UNIT_COSTS.map((key) => row(`costs.${key}`, withoutUnit(m[key]), [c[key]])),
    row('costs.socialAssistanceByYearOfResidence', t.planInputs.byYearOfResidence(m.socialAssistance), c.socialAssistanceByYearOfResidence),
    row('costs.otherServicesByYearOfResidence', t.planInputs.byYearOfResidence(withoutBrackets(m.otherServices)), c.otherServicesByYearOfResidence),
    row('blockGrant.perInhabitant', withoutUnit(m.blockGrant), [scenario.blockGrant.perInhabitant]),
    row('highNeedsTier2DocumentedCost', withoutUnit(t.inputs.highNeeds.documentedCost), [scenario.highNeedsTier2DocumentedCost]),
  ];
}
