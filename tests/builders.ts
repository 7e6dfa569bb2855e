import { defaultScenario } from '../src/engine/defaults';
import type { InvestmentBudget } from '../src/engine/projection';
import type { Scenario, YearInput } from '../src/engine/scenario';
import type { Figure, GFigure, RateTable, ReferenceData } from '../src/engine/types';

/**
 * Test builders. `FLAT_2017` is the complete 2017 table of IMDi's circular, with the figures the
 * 2017 table lacks taken from the nearest year with a known figure (minors 2023, high needs 2019,
 * Norwegian training 2019, its collective-protection rate 2023), so a test can work every number
 * out by hand.
 */
const v = (value: number): Figure => ({ value, status: 'verified', source: { kind: 'text', text: 'test fixture' } });

export function table(year: number, overrides: Partial<Record<'year2' | 'aboveRequest' | 'unusedDecidedPlace', number>> = {}): RateTable {
  return {
    year,
    integration: {
      year1SingleAdult: v(235_000),
      year1AdultInFamily: v(185_000),
      year1Child: v(185_000),
      year1UnaccompaniedMinor: v(185_000),
      year2: v(overrides.year2 ?? 230_000),
      year3: v(167_000),
      year4: v(84_000),
      year5: v(70_500),
    },
    elderly: v(164_200),
    kindergarten: v(25_100),
    minors: { youngBand: v(1_118_000), olderBand: v(705_000), oneOff: v(0) },
    highNeeds: { tier1: v(190_800), tier2Threshold: v(200_000), tier2Cap: v(1_320_000) },
    aboveRequest: v(overrides.aboveRequest ?? 50_000),
    unusedDecidedPlace: v(overrides.unusedDecidedPlace ?? 0),
    norwegianTraining: { lowTotal: v(54_500), highTotal: v(141_800), collectiveProtection: v(45_000) },
  };
}

/** G 2016–2025 (NAV, «Grunnbeløpet i folketrygden»). */
export const G_BY_YEAR: Readonly<Record<number, number>> = {
  2016: 92_576, 2017: 93_634, 2018: 96_883, 2019: 99_858, 2020: 101_351,
  2021: 106_399, 2022: 111_477, 2023: 118_620, 2024: 124_028, 2025: 130_160,
};

const G: GFigure[] = Object.entries(G_BY_YEAR).map(([year, value]) => ({ ...v(value), year: Number(year) }));

/** The 2017 table in every year 2010–2060; beyond G's known years, G stays flat (growth 0). */
export function flatReference(tables: (year: number) => RateTable = table): ReferenceData {
  return {
    edition: 'test',
    rates: Array.from({ length: 51 }, (_, i) => tables(2010 + i)),
    g: G,
    indexGrowth: v(0),
    housingGrantPerUnit: {
      oslo: v(1_696_000), baerum: v(1_360_000), 'large-city': v(1_016_000),
      city: v(936_000), regional: v(768_000), other: v(680_000),
    },
  };
}

export const FLAT_2017 = flatReference();

/** Minors' age weights (ages 6–17) with every age in `ages` weighted 1. */
export function minorAges(...ages: number[]): number[] {
  return Array.from({ length: 12 }, (_, i) => (ages.includes(6 + i) ? 1 : 0));
}

/** Ages at settlement 15, 16 and 17 evenly: the default assumption. */
export const AGES_15_TO_17 = minorAges(15, 16, 17);

/** Month profile with every arrival in one month (1–12). */
export function onlyMonth(month: number): number[] {
  return Array.from({ length: 12 }, (_, i) => (i === month - 1 ? 1 : 0));
}

type Overrides = { [K in keyof Scenario]?: K extends 'years' ? Partial<YearInput>[] : Partial<Scenario[K]> };

/**
 * A scenario from `startYear` over `horizon` years with the given years' inputs; by default no
 * family reunification and no one aged 60+, so the integration grant can be read off alone.
 */
export function scenario(startYear: number, horizon: number, overrides: Overrides = {}): Scenario {
  const base = defaultScenario('3006', startYear, horizon);
  const { years = [], ...rest } = overrides;
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(rest)) {
    const current = base[key as keyof Scenario];
    merged[key] = current && typeof current === 'object' && !Array.isArray(current) && value && typeof value === 'object' && !Array.isArray(value)
      ? { ...current, ...value }
      : value;
  }
  const familyReunification = { ...base.familyReunification, perSingleAdult: 0, ...(rest.familyReunification ?? {}) };
  const composition = { ...base.composition, adultsAged60Plus: 0, ...(rest.composition ?? {}) };
  return {
    ...(merged as unknown as Scenario),
    familyReunification,
    composition,
    years: base.years.map((y, i) => ({ ...y, ...(years[i] ?? {}) })),
  };
}

/** The values of a grant line by id. */
export function line<T extends { id: string; values: readonly number[] }>(lines: readonly T[], id: T['id']): readonly number[] {
  const found = lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found.values;
}

/** An investment budget with nothing bought or built, for projection fixtures. */
export function noInvestment(years: readonly number[]): InvestmentBudget {
  const zeros = years.map(() => 0);
  const span = (count: number) => ({ fromYear: years[0] ?? 0, toYear: years[Math.min(count, years.length) - 1] ?? 0, units: 0, acquisition: 0, husbankenGrant: 0, net: 0 });
  return { units: zeros, acquisition: zeros, husbankenGrant: zeros, net: zeros, economyPlan: span(4), horizon: span(years.length) };
}
