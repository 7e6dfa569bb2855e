import { personsSettled, type BudgetTotals, type Projection } from '../engine';

/** The largest value of a monthly series and its month (the first, if it repeats); null when it never rises above zero. */
export interface Peak {
  readonly value: number;
  readonly month: string;
}

export interface KeyFigures {
  readonly economyPlan: BudgetTotals;
  /** Persons per plan year: settled (all four types) and reunified. */
  readonly persons: readonly { readonly year: number; readonly settled: number; readonly reunified: number }[];
  /** Households without a dwelling, at the worst month. */
  readonly dwellingShortage: Peak | null;
  /** Participants waiting for an introduction-programme place, at the worst month. */
  readonly placeShortage: Peak | null;
}

function peakOf(values: readonly number[], months: readonly string[]): Peak | null {
  let best: Peak | null = null;
  values.forEach((value, i) => {
    if (value > 0 && (best === null || value > best.value)) best = { value, month: months[i] ?? '' };
  });
  return best;
}

/** The few large numbers the meeting mode shows, shaped from the projection (no domain rule here). */
export function toKeyFigures(projection: Projection): KeyFigures {
  const { months, housing, programme } = projection.monthly;
  return {
    economyPlan: projection.budget.economyPlan,
    persons: projection.persons.map((p) => ({
      year: p.year,
      settled: personsSettled(p.settled),
      reunified: p.reunified,
    })),
    dwellingShortage: peakOf(housing.shortage, months),
    placeShortage: peakOf(programme.waiting, months),
  };
}
