/**
 * Fills the reference data from the anchors of FACTS.md: one complete rate table and one G
 * per year. Pure: plain data in, plain data out. Every filled figure says by which rule it
 * was filled (status 'estimated'); anchored figures keep their own status and source.
 */
import type { Figure, GFigure, RateTable } from '../engine/types';
import type { Anchor, AnchorLine, IntegrationFreeze, RateAnchors } from './anchors';
import { INTEGRATION_FREEZE } from './anchors';

const percent = (share: number): string => `${(share * 100).toFixed(2)} %`;

/**
 * The average yearly growth of G between two years: (G[to] / G[from])^(1 / (to − from)) − 1,
 * status 'derived'. With FACTS.md §4, 2016→2025: (130160 / 92576)^(1/9) − 1 ≈ 0.0386.
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
    source: `average yearly growth of G ${fromYear}–${toYear} (FACTS.md §4)`,
  };
}

const noIndex = (): number => {
  throw new Error('fillG: a gap can only be interpolated');
};

/**
 * G for every year fromYear..toYear (FACTS.md §4). Known years keep their figure; a year after
 * the last known one is the previous year's G × (1 + indexGrowth), one before the first known
 * one the next year's G ÷ (1 + indexGrowth), a gap between known years is interpolated
 * geometrically; all rounded to whole kroner, status 'estimated'.
 */
export function fillG(known: readonly GFigure[], fromYear: number, toYear: number, indexGrowth: number): GFigure[] {
  const byYear = new Map(known.map((f) => [f.year, f]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const firstKnown = years[0];
  const lastKnown = years[years.length - 1];
  if (firstKnown === undefined || lastKnown === undefined) throw new Error('fillG: no known G');
  const filled = new Map<number, GFigure>(byYear);
  const rule = `the assumed yearly growth ${percent(indexGrowth)}`;
  for (let year = lastKnown + 1; year <= toYear; year += 1) {
    const previous = filled.get(year - 1)?.value ?? 0;
    filled.set(year, {
      year,
      value: Math.round(previous * (1 + indexGrowth)),
      status: 'estimated',
      source: `estimated: G ${year - 1} raised by ${rule}`,
    });
  }
  for (let year = firstKnown - 1; year >= fromYear; year -= 1) {
    const next = filled.get(year + 1)?.value ?? 0;
    filled.set(year, {
      year,
      value: Math.round(next / (1 + indexGrowth)),
      status: 'estimated',
      source: `estimated: G ${year + 1} lowered by ${rule}`,
    });
  }
  const result: GFigure[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const figure = filled.get(year) ?? { year, ...fromAnchors(known, year, noIndex) };
    result.push(figure);
  }
  return result;
}

/**
 * The figure of one line in one year (FACTS.md §1 "Not found for 2018–2026"): the anchor if
 * there is one; for policy lines, their `otherwise`; between two anchors, geometric
 * interpolation; before the first or after the last anchor, the nearest anchor × G[year] ÷
 * G[anchor year]. Filled values are rounded to whole kroner and have status 'estimated'.
 */
export function figureFor(line: AnchorLine, year: number, gAt: (year: number) => number): Figure {
  const exact = line.anchors.find((a) => a.year === year);
  if (exact) return { value: exact.value, status: exact.status, source: exact.source };
  if (line.otherwise) return { ...line.otherwise };
  return fromAnchors(line.anchors, year, gAt);
}

function fromAnchors(anchors: readonly Anchor[], year: number, gAt: (year: number) => number): Figure {
  // A figure from before a change of rules (the 2016 one-band minors' grant) anchors no other year.
  const sorted = anchors.filter((a) => !a.alone).sort((a, b) => a.year - b.year);
  const before = sorted.filter((a) => a.year < year).pop();
  const after = sorted.find((a) => a.year > year);
  if (before && after) {
    const t = (year - before.year) / (after.year - before.year);
    const geometric = before.value > 0 && after.value > 0;
    const value = geometric
      ? before.value * (after.value / before.value) ** t
      : before.value + (after.value - before.value) * t;
    return {
      value: Math.round(value),
      status: 'estimated',
      source: `estimated: interpolated between ${before.year} (${before.status}) and ${after.year} (${after.status})`,
    };
  }
  const nearest = before ?? after;
  if (!nearest) throw new Error(`no anchor to fill ${year} from`);
  return {
    value: Math.round((nearest.value * gAt(year)) / gAt(nearest.year)),
    status: 'estimated',
    source: `estimated: ${nearest.year} rate indexed by G`,
  };
}

/**
 * The eight integration lines, each by `fig`. Where the child's year-1 rate has no figure of
 * its own it follows the adult-in-family rate, as the two are equal in the complete 2017 table
 * (FACTS.md §1); indexing it alone from 2017 would put it far above the 2024 adult rate.
 */
function integrationFor(i: RateAnchors['integration'], fig: (line: AnchorLine) => Figure, year: number): RateTable['integration'] {
  const adultInFamily = fig(i.year1AdultInFamily);
  const childKnown = i.year1Child.anchors.some((a) => a.year === year);
  return {
    year1SingleAdult: fig(i.year1SingleAdult),
    year1AdultInFamily: adultInFamily,
    year1Child: childKnown
      ? fig(i.year1Child)
      : { value: adultInFamily.value, status: 'estimated', source: `estimated: as adult in family (equal in the 2017 table); ${adultInFamily.source}` },
    year1UnaccompaniedMinor: fig(i.year1UnaccompaniedMinor),
    year2: fig(i.year2),
    year3: fig(i.year3),
    year4: fig(i.year4),
    year5: fig(i.year5),
  };
}

/** Builds one rate table by applying `fig` to every line of the anchors. */
function tableFor(year: number, a: RateAnchors, fig: (line: AnchorLine) => Figure): RateTable {
  return {
    year,
    integration: integrationFor(a.integration, fig, year),
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
    norwegianTraining: { lowTotal: fig(a.norwegianTraining.lowTotal), highTotal: fig(a.norwegianTraining.highTotal) },
  };
}

/** A freeze-year figure: the anchor if the year has one, else the `sameAs` year's figure. */
function frozen(line: AnchorLine, freeze: IntegrationFreeze, gAt: (year: number) => number): Figure {
  if (line.anchors.some((a) => a.year === freeze.year)) return figureFor(line, freeze.year, gAt);
  const earlier = figureFor(line, freeze.sameAs, gAt);
  return { value: earlier.value, status: earlier.status, source: `${freeze.source}; ${freeze.sameAs}: ${earlier.source}` };
}

/**
 * One complete rate table per year fromYear..toYear (FACTS.md §1–§3, MODEL.md "Grants").
 * Lines are filled by `figureFor`, with G filled by `fillG` (so years beyond the last known G
 * are indexed by `indexGrowth`); then the freeze rule sets the integration lines of 2023 to
 * those of 2022 (FACTS.md §1: not price-adjusted in 2023), keeping the 2022 figure's status.
 */
export function fillRateTables(
  anchors: RateAnchors,
  g: readonly GFigure[],
  fromYear: number,
  toYear: number,
  indexGrowth: number,
  freeze: IntegrationFreeze | null = INTEGRATION_FREEZE,
): RateTable[] {
  const gYears = g.map((f) => f.year);
  const gFrom = Math.min(fromYear, ...gYears);
  const gTo = Math.max(toYear, ...gYears);
  const gByYear = new Map(fillG(g, gFrom, gTo, indexGrowth).map((f) => [f.year, f.value]));
  const gAt = (year: number): number => {
    const value = gByYear.get(year);
    if (value === undefined) throw new Error(`fillRateTables: no G for ${year} to index a rate by`);
    return value;
  };
  const tables: RateTable[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const table = tableFor(year, anchors, (line) => figureFor(line, year, gAt));
    const isFrozen = freeze !== null && year === freeze.year;
    tables.push(
      isFrozen ? { ...table, integration: integrationFor(anchors.integration, (l) => frozen(l, freeze, gAt), year) } : table,
    );
  }
  return tables;
}
