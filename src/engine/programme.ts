import type { MonthlyArrivals, MonthlyReunified } from './arrivals';
import { freshFloats, type Floats } from './floats';
import { collectiveShare, mixedDurations } from './collective-protection';
import { staying } from './leaving';
import { normalise } from './months';

const NO_ONE_LEAVES: readonly number[] = [];
import type { RateBook } from './rates';
import type { Scenario } from './scenario';

/**
 * Introduction programme (introduksjonsprogram), docs/model.md#introduction-programme.
 *
 * Entrants(t + lag) = adults arriving in month t × share 18–55 × participation. Entrants wait
 * until a place is free (places per plan year; null = no limit), then stay d months by the
 * duration profile. Waiting is reported, never dropped. Benefit (introduksjonsstønad) = 2 G a
 * year per participant, paid monthly: 2/3 for the share under 25, 1/3 for those of them living
 * with parents. G is set each 1 May, so January–April pay the previous year's G. Participants and
 * those waiting are kept per arrival year, so that those who leave the municipality (leaving.ts)
 * leave the programme and the queue in January after their year of residence. Adults under
 * collective protection stay by the short profile (collective-protection.ts).
 */
export interface ProgrammeResult {
  readonly participants: Float64Array;
  readonly places: readonly (number | null)[];
  readonly waiting: Float64Array;
  readonly idlePlaces: Float64Array;
  /** Benefit per plan year, kroner (unrounded). */
  readonly benefit: Float64Array;
  /** Plan years whose benefit rests on an estimated G. */
  readonly benefitEstimated: boolean[];
}

/** Benefit factor of a participant relative to 2 G: 1, 2/3 under 25, 1/3 under 25 with parents. */
export function benefitFactor(under25: number, withParents: number): number {
  return 1 - under25 + under25 * (1 - withParents) * (2 / 3) + under25 * withParents * (1 / 3);
}

/** G in force in month `m` (0–11) of `year`: G is adjusted on 1 May. */
function gInForce(book: RateBook, year: number, m: number) {
  return book.g(m < 4 ? year - 1 : year);
}

export function projectProgramme(
  scenario: Scenario,
  settled: MonthlyArrivals,
  reunified: MonthlyReunified,
  book: RateBook,
  stay: readonly number[] = NO_ONE_LEAVES,
  floats: Floats = freshFloats,
): ProgrammeResult {
  const months = settled.singleAdults.length;
  const years = months / 12;
  const p = scenario.programme;
  const eligible = scenario.composition.adultsAged18to55 * p.participation;
  // Adults under collective protection follow the short profile (collective-protection.ts).
  const durations = mixedDurations(
    normalise(p.durations.map((d) => d.share)).map((share, i) => ({
      share,
      months: Math.max(1, Math.round(p.durations[i]?.months ?? 1)),
    })),
    collectiveShare(scenario),
  );
  const durationMonths = durations.map((d) => d.months);
  const durationShares = durations.map((d) => d.share);
  const lag = p.startLagMonths;
  // Per arrival year c, in persons as arrived: those still active, waiting and ending; the share
  // of them still here, S(n) (leaving.ts), multiplies them into participants and persons waiting.
  // Those ending in month t are kept at c × ring + t mod ring, ring one more than the longest
  // duration: a slot is read (and emptied) in its month before a later month can write it.
  const ring = Math.min(months, Math.max(1, ...durationMonths) + 1);
  const ending = floats(years * ring);
  const activeOf = floats(years);
  const queueOf = floats(years);
  const here = floats(years).fill(1);
  const participants = floats(months);
  const waiting = floats(months);
  const idlePlaces = floats(months);
  const places: (number | null)[] = [];
  for (let y = 0; y < years; y++) {
    const limit = scenario.years[y]?.programmePlaces ?? null;
    for (let m = 0; m < 12; m++) places.push(limit);
  }
  const benefit = floats(years);
  const benefitEstimated = new Array<boolean>(years).fill(false);
  const monthlyBenefitPerG = (2 * benefitFactor(p.under25Share, p.under25WithParentsShare)) / 12;
  for (let t = 0; t < months; t++) {
    const y = Math.floor(t / 12);
    const january = t % 12 === 0;
    // The adults who arrived `lag` months ago enter their arrival year's queue now.
    const arrived = t - lag;
    const entersIn = arrived >= 0 ? Math.floor(arrived / 12) : -1;
    const slot = t % ring;
    const entrants = entersIn < 0 ? 0 : ((settled.singleAdults[arrived] ?? 0) + (settled.adultsInFamilies[arrived] ?? 0) + (reunified.adults[arrived] ?? 0)) * eligible;
    let active = 0;
    let queue = 0;
    for (let c = 0; c <= y; c++) {
      // Those who left at the end of a year of residence are gone from January on.
      if (january) here[c] = staying(stay, y - c + 1);
      const stillHere = here[c] ?? 1;
      const activeNow = (activeOf[c] ?? 0) - (ending[c * ring + slot] ?? 0);
      ending[c * ring + slot] = 0;
      activeOf[c] = activeNow;
      active += activeNow * stillHere;
      if (c === entersIn) queueOf[c] = (queueOf[c] ?? 0) + entrants;
      queue += (queueOf[c] ?? 0) * stillHere;
    }
    const cap = places[t] ?? null;
    const starts = cap === null ? queue : Math.min(queue, Math.max(0, cap - active));
    if (starts > 0) {
      // Every waiting person alike: the same fraction of each arrival year's queue starts.
      const fraction = starts / queue;
      for (let c = 0; c <= y; c++) {
        const started = (queueOf[c] ?? 0) * fraction;
        if (started <= 0) continue;
        queueOf[c] = (queueOf[c] ?? 0) - started;
        activeOf[c] = (activeOf[c] ?? 0) + started;
        for (let d = 0; d < durationMonths.length; d++) {
          const duration = durationMonths[d] ?? 0;
          if (t + duration >= months) continue;
          // (t + duration) mod ring, as duration < ring.
          const wrapped = slot + duration;
          const at = c * ring + (wrapped >= ring ? wrapped - ring : wrapped);
          ending[at] = (ending[at] ?? 0) + started * (durationShares[d] ?? 0);
        }
      }
    }
    active += starts;
    queue -= starts;
    participants[t] = active;
    waiting[t] = queue;
    idlePlaces[t] = cap === null ? 0 : Math.max(0, cap - active);
    if (active > 0) {
      const g = gInForce(book, scenario.startYear + y, t % 12);
      benefit[y] = (benefit[y] ?? 0) + active * g.value * monthlyBenefitPerG;
      if (g.status === 'estimated') benefitEstimated[y] = true;
    }
  }
  return { participants, places, waiting, idlePlaces, benefit, benefitEstimated };
}
