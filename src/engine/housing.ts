import type { MonthlyArrivals } from './arrivals';
import { freshFloats, type Floats } from './floats';
import { staying } from './leaving';
import { monthIndex } from './months';

const NO_ONE_LEAVES: readonly number[] = [];
import type { HousingInput } from './scenario';

/**
 * Housing month by month (docs/model.md#housing).
 *
 * Households: each single adult one (or `singleAdultsPerDwelling` sharing one), families of
 * `familySize` persons. Needed(t) = Σ over settlement years c of households settled in c ×
 * (1 − moveOut[n]) × S(n), n = year of residence at t, S the share not left (leaving.ts: a
 * household that leaves frees its dwelling in January after; families leave together). Available(t) = at start + pipeline units ready
 * (order month + lead time) − releases. Shortage = max(0, needed − available); idle the reverse.
 *
 * With `delaySettlementWithoutDwelling`, households wait in a queue until a dwelling is free,
 * and the settled arrivals returned are the ones that got one (grants follow them). The queue
 * serves every waiting household alike, so it also tells, per planned year, which share of its
 * persons was settled in which year: counts entered per planned year (high-needs persons) move
 * with them.
 */
export interface HousingResult {
  readonly settled: MonthlyArrivals;
  readonly needed: Float64Array;
  readonly available: Float64Array;
  readonly shortage: Float64Array;
  readonly idle: Float64Array;
  readonly personsWaiting: Float64Array;
  /** Households settled in each plan year (for move-out). */
  readonly householdsByYear: Float64Array;
  /**
   * `settledShare[p][y]`: the share of the persons planned in year p (minors aside) settled in
   * year y; for a year that plans no one, all in p itself. Null without the delay: everyone is
   * settled in the year planned.
   */
  readonly settledShare: readonly Float64Array[] | null;
}

/** Counts entered per planned year, moved to the years their persons are settled in (`settledShare`). */
export function moveWithSettlement(planned: readonly number[], settledShare: readonly Float64Array[] | null): number[] {
  if (settledShare === null) return [...planned];
  const moved = planned.map(() => 0);
  planned.forEach((count, p) => {
    const shares = settledShare[p];
    for (let y = 0; y < moved.length; y++) moved[y] = (moved[y] ?? 0) + count * (shares?.[y] ?? 0);
  });
  return moved;
}

/** Dwellings available each month from the stock at start, the pipeline and releases. */
export function availableDwellings(housing: HousingInput, startYear: number, months: number, floats: Floats = freshFloats): Float64Array {
  const delta = floats(months);
  let atStart = housing.dwellingsAtStart;
  const add = (index: number, units: number) => {
    if (index <= 0) atStart += units;
    else if (index < months) delta[index] = (delta[index] ?? 0) + units;
  };
  for (const p of housing.pipeline) add(monthIndex(startYear, p.year, p.month, p.leadTimeMonths), p.units);
  for (const r of housing.releases) add(monthIndex(startYear, r.year, r.month), -r.units);
  // The running stock, in place: each month's units replace its change.
  let running = atStart;
  for (let t = 0; t < months; t++) {
    running += delta[t] ?? 0;
    delta[t] = Math.max(0, running);
  }
  return delta;
}

export function projectHousing(
  housing: HousingInput,
  planned: MonthlyArrivals,
  startYear: number,
  stay: readonly number[] = NO_ONE_LEAVES,
  floats: Floats = freshFloats,
): HousingResult {
  const months = planned.singleAdults.length;
  const years = months / 12;
  const available = availableDwellings(housing, startYear, months, floats);
  // Households still in a municipal dwelling in year of residence n: not moved out (to year 5), not left.
  const remain = [1, ...housing.moveOutByYearOfResidence.map((s) => 1 - s)];
  const stillHere: number[] = [];
  for (let n = 0; n <= years; n++) stillHere.push((remain[Math.min(n, 5)] ?? 0) * staying(stay, n));
  const perSingle = 1 / housing.singleAdultsPerDwelling;
  const perFamilyPerson = 1 / housing.familySize;
  const gate = housing.delaySettlementWithoutDwelling;

  const settled: MonthlyArrivals = gate
    ? {
        singleAdults: floats(months),
        adultsInFamilies: floats(months),
        children: floats(months),
        minors: planned.minors,
      }
    : planned;
  const needed = floats(months);
  const shortage = floats(months);
  const idle = floats(months);
  const personsWaiting = floats(months);
  const householdsByYear = floats(years);
  let qSingles = 0;
  let qAdults = 0;
  let qChildren = 0;
  // Persons waiting by the year they were planned in, and those planned per year.
  const waitingFrom = floats(years);
  const plannedIn = floats(years);
  // With the delay, the rows fill as the queue is served.
  const settledShare: Float64Array[] = [];
  if (gate) for (let p = 0; p < years; p++) settledShare.push(floats(years));

  // Households of earlier years still housed this year: summed once a year, in the same order
  // as over all years, since only this year's own households change from month to month.
  let earlier = 0;
  for (let t = 0; t < months; t++) {
    const y = Math.floor(t / 12);
    if (t % 12 === 0) {
      earlier = 0;
      for (let c = 0; c < y; c++) earlier += (householdsByYear[c] ?? 0) * (stillHere[y - c + 1] ?? 0);
    }
    const occupied = earlier + (householdsByYear[y] ?? 0) * (stillHere[1] ?? 0);
    const singles = planned.singleAdults[t] ?? 0;
    const adults = planned.adultsInFamilies[t] ?? 0;
    const children = planned.children[t] ?? 0;
    let households: number;
    if (gate) {
      qSingles += singles;
      qAdults += adults;
      qChildren += children;
      waitingFrom[y] = (waitingFrom[y] ?? 0) + singles + adults + children;
      plannedIn[y] = (plannedIn[y] ?? 0) + singles + adults + children;
      const queued = qSingles * perSingle + (qAdults + qChildren) * perFamilyPerson;
      const free = Math.max(0, (available[t] ?? 0) - occupied);
      const fraction = queued > 0 ? Math.min(1, free / queued) : 0;
      settled.singleAdults[t] = qSingles * fraction;
      settled.adultsInFamilies[t] = qAdults * fraction;
      settled.children[t] = qChildren * fraction;
      households = queued * fraction;
      for (let p = 0; p <= y; p++) {
        const settledNow = (waitingFrom[p] ?? 0) * fraction;
        waitingFrom[p] = (waitingFrom[p] ?? 0) - settledNow;
        const row = settledShare[p];
        if (row !== undefined) row[y] = (row[y] ?? 0) + settledNow;
      }
      qSingles -= qSingles * fraction;
      qAdults -= qAdults * fraction;
      qChildren -= qChildren * fraction;
      personsWaiting[t] = qSingles + qAdults + qChildren;
    } else {
      households = singles * perSingle + (adults + children) * perFamilyPerson;
    }
    householdsByYear[y] = (householdsByYear[y] ?? 0) + households;
    const need = occupied + households;
    const have = available[t] ?? 0;
    needed[t] = need;
    shortage[t] = Math.max(0, need - have);
    idle[t] = Math.max(0, have - need);
  }
  if (gate) {
    // Persons settled per year over those planned; a year that plans no one keeps its counts.
    settledShare.forEach((row, p) => {
      const plannedPersons = plannedIn[p] ?? 0;
      if (plannedPersons === 0) row[p] = 1;
      else for (let y = 0; y < years; y++) row[y] = (row[y] ?? 0) / plannedPersons;
    });
  }
  return { settled, needed, available, shortage, idle, personsWaiting, householdsByYear, settledShare: gate ? settledShare : null };
}
