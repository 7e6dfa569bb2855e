/**
 * Fills the reference data from the known figures (anchors.ts): one complete rate table and one
 * G per year. Pure: plain data in, plain data out. Every filled figure says by which rule it was
 * filled (status 'estimated', its source the rule's parameters) and carries its range; anchored
 * figures keep their own status and source.
 */
import { childAsAdultInFamily, estimateFrom, type EstimateIndex, type Figure, type GFigure, nearestKnown, type RateTable } from '../engine';
import type { Anchor, AnchorLine, IntegrationFreeze, RateAnchors } from './anchors';
import { INTEGRATION_FREEZES } from './anchors';

/**
 * The average yearly growth of G between two years: (G[to] / G[from])^(1 / (to − from)) − 1,
 * status 'derived'. 2016→2025: (130 160 / 92 576)^(1/9) − 1 ≈ 0.0386.
 */
export function averageYearlyGrowthOfG(g: readonly GFigure[], fromYear: number, toYear: number): Figure {
  const first = g.find((f) => f.year === fromYear);
  const last = g.find((f) => f.year === toYear);
  if (!first || !last || toYear <= fromYear) {
    throw new Error(`averageYearlyGrowthOfG: G ${fromYear} and G ${toYear} are needed, ${fromYear} < ${toYear}`);
  }
  return {
    value: (last.value / first.value) ** (1 / (toYear - fromYear)) - 1,
    status: 'derived',
    source: { kind: 'rule', rule: 'average-growth-of-g', years: [fromYear, toYear] },
  };
}

/**
 * G for every year fromYear..toYear (NAV). Known years keep their figure; a year after the last
 * known one is the previous year's G × (1 + indexGrowth), one before the first known one the
 * next year's G ÷ (1 + indexGrowth) (the known years must be contiguous); all rounded to whole kroner, status 'estimated'. G has no range: it is not a grant rate.
 */
export function fillG(known: readonly GFigure[], fromYear: number, toYear: number, indexGrowth: number): GFigure[] {
  const byYear = new Map(known.map((f) => [f.year, f]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const firstKnown = years[0];
  const lastKnown = years[years.length - 1];
  if (firstKnown === undefined || lastKnown === undefined) throw new Error('fillG: no known G');
  const filled = new Map<number, GFigure>(byYear);
  const estimated = (year: number, from: number, value: number): GFigure => ({
    year,
    value: Math.round(value),
    status: 'estimated',
    source: { kind: 'rule', rule: 'g-assumed-growth', years: [from], growth: indexGrowth },
  });
  for (let year = lastKnown + 1; year <= toYear; year += 1) {
    filled.set(year, estimated(year, year - 1, (filled.get(year - 1)?.value ?? 0) * (1 + indexGrowth)));
  }
  for (let year = firstKnown - 1; year >= fromYear; year -= 1) {
    filled.set(year, estimated(year, year + 1, (filled.get(year + 1)?.value ?? 0) / (1 + indexGrowth)));
  }
  const result: GFigure[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const figure = filled.get(year);
    if (!figure) throw new Error(`fillG: G ${year} is missing between known years (they must be contiguous)`);
    result.push(figure);
  }
  return result;
}

/** Years t with from < t ≤ to that are not frozen: the price adjustments between two years. */
function adjustments(from: number, to: number, frozen: (year: number) => boolean): number {
  let n = 0;
  for (let t = from + 1; t <= to; t++) if (!frozen(t)) n += 1;
  return n;
}

/**
 * The central index (docs/model.md#estimating-rule): the year-1 single-adult rate for every year, whole
 * kroner. Between two known figures it grows geometrically by price adjustment (a frozen year
 * adds none); before the first and after the last it goes on at the growth per adjustment of
 * the nearest span. With 2017 235 000, 2018 237 000 and 2024 241 100 (2023 frozen): 2018→2024
 * has 5 adjustments, (241 100 / 237 000)^(1/5) = 1.003436 a year; 2025 = 241 928.
 */
export function centralIndex(
  line: AnchorLine,
  fromYear: number,
  toYear: number,
  frozen: (year: number) => boolean,
): Map<number, number> {
  const known = line.anchors.filter((a) => !a.alone).sort((a, b) => a.year - b.year);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) throw new Error('centralIndex: no known year-1 single-adult rate');
  const perAdjustment = (a: Anchor, b: Anchor): number => {
    const n = adjustments(a.year, b.year, frozen);
    return n === 0 ? 1 : (b.value / a.value) ** (1 / n);
  };
  const firstGrowth = known[1] ? perAdjustment(first, known[1]) : 1;
  const lastGrowth = known.length > 1 ? perAdjustment(known[known.length - 2] ?? first, last) : 1;
  const index = new Map<number, number>();
  for (let year = fromYear; year <= toYear; year += 1) {
    const before = known.filter((a) => a.year <= year).pop();
    const after = known.find((a) => a.year >= year);
    let value: number;
    if (before && after) {
      const n = adjustments(before.year, after.year, frozen);
      value = n === 0 ? before.value : before.value * (after.value / before.value) ** (adjustments(before.year, year, frozen) / n);
    } else if (before) {
      value = last.value * lastGrowth ** adjustments(last.year, year, frozen);
    } else {
      value = first.value / firstGrowth ** adjustments(year, first.year, frozen);
    }
    index.set(year, Math.round(value));
  }
  return index;
}

/**
 * The figure of one line in one year: the anchor if there is one; for policy lines, their
 * `otherwise`; else the estimate from the nearest known figure (`estimateFrom`), with its range.
 * An anchor or policy figure that is itself an estimate has a range of its own value.
 */
export function figureFor(line: AnchorLine, year: number, index: EstimateIndex, freezes: boolean): Figure {
  const exact = line.anchors.find((a) => a.year === year);
  const pinned = exact ?? line.otherwise;
  if (pinned) {
    const figure: Figure = { value: pinned.value, status: pinned.status, source: pinned.source };
    return pinned.status === 'estimated' ? { ...figure, low: pinned.value, high: pinned.value } : figure;
  }
  const known = nearestKnown(
    line.anchors.filter((a) => !a.alone),
    year,
  );
  if (!known) throw new Error(`no anchor to fill ${year} from`);
  return estimateFrom(known, year, index, freezes);
}

/**
 * The eight integration lines, each by `fig`. Where the child's year-1 rate has no figure of
 * its own it follows the adult-in-family rate, as the two are equal in the complete 2017 table;
 * estimating it alone from 2017 would put it far from the 2024 adult rate.
 */
function integrationFor(i: RateAnchors['integration'], fig: (line: AnchorLine) => Figure, year: number): RateTable['integration'] {
  const adultInFamily = fig(i.year1AdultInFamily);
  return {
    year1SingleAdult: fig(i.year1SingleAdult),
    year1AdultInFamily: adultInFamily,
    year1Child: i.year1Child.anchors.some((a) => a.year === year) ? fig(i.year1Child) : childAsAdultInFamily(adultInFamily),
    year1UnaccompaniedMinor: fig(i.year1UnaccompaniedMinor),
    year2: fig(i.year2),
    year3: fig(i.year3),
    year4: fig(i.year4),
    year5: fig(i.year5),
  };
}

/** Builds one rate table: the integration lines by `integrationFig`, the others by `fig`. */
function tableFor(
  year: number,
  a: RateAnchors,
  integrationFig: (line: AnchorLine) => Figure,
  fig: (line: AnchorLine) => Figure,
): RateTable {
  return {
    year,
    integration: integrationFor(a.integration, integrationFig, year),
    elderly: fig(a.elderly),
    kindergarten: fig(a.kindergarten),
    minors: { youngBand: fig(a.minors.youngBand), olderBand: fig(a.minors.olderBand), oneOff: fig(a.minors.oneOff) },
    highNeeds: {
      tier1: fig(a.highNeeds.tier1),
      tier2Threshold: fig(a.highNeeds.tier2Threshold),
      tier2Cap: fig(a.highNeeds.tier2Cap),
    },
    aboveRequest: fig(a.aboveRequest),
    unusedDecidedPlace: fig(a.unusedDecidedPlace),
    norwegianTraining: {
      lowTotal: fig(a.norwegianTraining.lowTotal),
      highTotal: fig(a.norwegianTraining.highTotal),
      collectiveProtection: fig(a.norwegianTraining.collectiveProtection),
    },
  };
}

/**
 * One complete rate table per year fromYear..toYear (docs/model.md#estimating-rule). G is filled by
 * `fillG` (years beyond the last known G grow by `indexGrowth`); the central index by
 * `centralIndex`; each line by `figureFor`. Integration lines take no growth in a frozen year
 * (2023: not price-adjusted), the other lines take G's.
 */
export function fillRateTables(
  anchors: RateAnchors,
  g: readonly GFigure[],
  fromYear: number,
  toYear: number,
  indexGrowth: number,
  freezes: readonly IntegrationFreeze[] = INTEGRATION_FREEZES,
): RateTable[] {
  const gYears = g.map((f) => f.year);
  const gByYear = new Map(
    fillG(g, Math.min(fromYear, ...gYears), Math.max(toYear, ...gYears), indexGrowth).map((f) => [f.year, f.value]),
  );
  const frozenYears = new Set(freezes.map((f) => f.year));
  const frozen = (year: number): boolean => frozenYears.has(year);
  const central = centralIndex(anchors.integration.year1SingleAdult, fromYear, toYear, frozen);
  const index: EstimateIndex = {
    central: (year) => {
      const value = central.get(year);
      if (value === undefined) throw new Error(`fillRateTables: no central index for ${year}`);
      return value;
    },
    g: (year) => {
      const value = gByYear.get(year);
      if (value === undefined) throw new Error(`fillRateTables: no G for ${year} to index a rate by`);
      return value;
    },
    frozen,
  };
  const tables: RateTable[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    tables.push(
      tableFor(
        year,
        anchors,
        (line) => figureFor(line, year, index, true),
        (line) => figureFor(line, year, index, false),
      ),
    );
  }
  return tables;
}
