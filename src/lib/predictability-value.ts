/**
 * The shape of the value of predictability (shaped by `report/predictability.ts`), here below the
 * strings so that the sentence templates in i18n can name it without importing the report layer.
 */
export const VALUE_METRICS = ['dwellingMonthsShort', 'dwellingMonthsIdle', 'placeMonthsShort', 'placeMonthsIdle', 'mismatchCost', 'income', 'net'] as const;
export type ValueMetric = (typeof VALUE_METRICS)[number];

export interface ValueRow {
  readonly metric: ValueMetric;
  readonly yearly: number;
  readonly commitment: number;
  /** Yearly minus commitment: positive = the commitment has less of it. */
  readonly difference: number;
  readonly p10: number;
  readonly p90: number;
}

export interface PredictabilityValue {
  /** The number a year committed to, or its mean where it varies by year. */
  readonly perYear: number;
  readonly perYearVaries: boolean;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly band: number;
  readonly paths: number;
  readonly rows: readonly ValueRow[];
  /** Places are compared only where the plan limits them. */
  readonly placesLimited: boolean;
  /** Kroner of mismatch are stated only where the planner has entered a unit cost for it. */
  readonly costsEntered: boolean;
  /** Grant income differs by less than noise (under 50 000 kr or 0.1 % of it). */
  readonly incomeSame: boolean;
}
