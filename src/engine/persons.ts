/** The four types a year's settlement is counted in, as the scenario enters them and the projection settles them. */
export interface SettledByType {
  readonly singleAdults: number;
  readonly adultsInFamilies: number;
  readonly children: number;
  readonly unaccompaniedMinors: number;
}

/**
 * Persons settled: single adults + adults in families + children + unaccompanied minors
 * (high-needs persons are among them; family members reunified later are not). The one place
 * this sum is written, for a scenario year, a projection year or totals over years.
 */
export const personsSettled = (y: SettledByType): number => y.singleAdults + y.adultsInFamilies + y.children + y.unaccompaniedMinors;
