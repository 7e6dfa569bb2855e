import type { PredictabilityValue, ValueMetric } from '../../lib/predictability-value';
import type { Formatter } from '../../lib/format';
import type { Messages } from '../nb';
import type { Translation } from '../translation';

const fewer = (difference: number, what: string, f: Formatter) =>
  difference === 0 ? `no change in ${what}` : `${f.formatNumber(Math.abs(difference))} ${difference > 0 ? 'fewer' : 'more'} ${what}`;
const list = (parts: readonly string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);
const row = (v: PredictabilityValue, metric: ValueMetric) => v.rows.find((r) => r.metric === metric);

/** src/i18n/nb-predictability.ts in English. */
export const predictability = {
  heading: 'Predictability: a multi-year agreement against yearly requests',
  intro:
    'What is it worth to the municipality to agree on the plan’s number of persons settled for several years, instead of answering IMDi’s request each year? Both ways start from the plan: the same number on average and the plan’s dwellings and programme places. With yearly requests the number varies as IMDi’s requests have varied, and capacity has to follow.',
  options: {
    heading: 'Assumptions of the simulation',
    paths: 'Number of paths',
    pathsHint: 'More paths give surer figures but take longer. Default 10,000.',
    seed: 'Seed for random numbers',
    seedHint: 'The same seed gives the same result.',
    commitment: 'Agreed number per year',
    commitmentHint: 'Empty field: the plan’s own numbers (the decision, else the request, else the persons entered). With a number here both ways are calculated around it.',
    years: 'Agreement period (years)',
    yearsHint: (horizon) => `The agreement covers the first 1–${horizon} years; later years follow the yearly requests in both ways. Empty field: through the plan’s last year with persons settled.`,
    band: 'Tolerance (± %)',
    bandHint: 'Like a decision of “up to 10 % more”: the number may vary this much up or down within the agreement.',
    dwellingLead: 'Lead time for dwellings (months)',
    placeLead: 'Lead time for introduction programme places (months)',
    notice: 'Notice period (months)',
    noticeHint: 'Dwellings and places no longer needed stand vacant this long before they can be given up.',
    ownRequests: 'The municipality’s own requests (optional)',
    ownRequestsHint:
      'Enter the requests the municipality has received in recent years. Its share of the national need is then calculated from them instead of from its population.',
    ownRequest: (year) => `Request ${year}`,
    run: 'Run the simulation',
    invalid: (min, max) => `Type a whole number from ${min} to ${max}.`,
    invalidOptional: (min, max) => `Type a whole number from ${min} to ${max}, or leave the field empty.`,
  },
  share: {
    heading: 'What IMDi might ask of us',
    finding: (low, high, first, last, lastYear, lastValue, planned, startYear) =>
      `With this share, IMDi’s request to the municipality would have been between ${low} and ${high} a year in ${first}–${last} (${lastYear}: ${lastValue}).${planned === null ? '' : ` The plan counts on ${planned} in ${startYear}.`} The share does not set the numbers of the comparison above.`,
    tableSummary: 'Show table',
    caption: 'IMDi’s national request and the municipality’s share of it per year',
    year: 'Year',
    national: 'IMDi’s request, all of Norway',
    own: 'The municipality’s share',
    population: (share, name) =>
      `Assumption: ${name} gets the same share of the national need as its share of the population, ${share}.`,
    requests: (share, count) =>
      `${share} of the national need, calculated as the average of the municipality’s own requests divided by IMDi’s national request (${count} years).`,
    missing:
      'Choose a municipality in the plan, or enter the municipality’s own requests, so that the simulation can calculate its share.',
  },
  progress: {
    label: 'The simulation',
    running: (done, total) => `Calculating … ${done} of ${total} paths`,
    cancel: 'Cancel',
    cancelled: 'The simulation was cancelled.',
    restart: 'Run again',
    waiting: 'The simulation is about to start …',
    error: (message) => `The simulation stopped with an error: ${message}`,
  },
  value: {
    heading: 'What predictability is worth',
    empty: 'Enter how many the municipality is to settle each year in the plan (or a decision or request), and we compare a multi-year agreement with yearly requests.',
    pending: 'The answer comes when the simulation has finished.',
    stale: 'The result below is from before the plan or the assumptions changed, and is updated when the simulation has finished.',
    sentence: (v: PredictabilityValue, f: Formatter) => {
      const subject = v.perYearVaries ? `With an agreement on the plan’s numbers (on average ${f.formatNumber(v.perYear)} a year)` : `With an agreement of ${f.formatNumber(v.perYear)} a year`;
      const band = v.band > 0 ? ` (± ${f.formatPercent(v.band, 0)})` : '';
      const years = v.firstYear === v.lastYear ? `in ${v.firstYear}` : `in ${v.firstYear}–${v.lastYear}`;
      const units = (metric: ValueMetric, what: string) => fewer(row(v, metric)?.difference ?? 0, what, f);
      const parts = [units('dwellingMonthsShort', 'household-months in temporary housing'), units('dwellingMonthsIdle', 'empty dwelling-months')];
      if (v.placesLimited) parts.push(units('placeMonthsShort', 'participant-months waiting for the introduction programme'), units('placeMonthsIdle', 'empty place-months'));
      const cost = row(v, 'mismatchCost');
      if (v.costsEntered && cost) {
        const saved = cost.difference;
        parts.push(
          `${f.formatMillionKroner(Math.abs(saved))} ${saved >= 0 ? 'less' : 'more'} in costs of empty dwellings and places and temporary housing on average (P10–P90: ${f.formatMillionKroner(cost.p10)} to ${f.formatMillionKroner(cost.p90)})`,
        );
      } else parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} on average`;
      const income = row(v, 'income')?.difference ?? 0;
      const grants = v.incomeSame ? 'the grants are the same on average' : `the grants are ${f.formatMillionKroner(Math.abs(income))} ${income > 0 ? 'lower' : 'higher'} on average with an agreement`;
      const tail = v.costsEntered ? '' : ' Kroner are shown when the municipality has entered a cost per empty dwelling, an extra cost of temporary housing or a cost per programme place.';
      return `${subject}${band} ${years} and the plan’s capacity: ${list(parts)}; ${grants}.${tail}`;
    },
    detail: (paths) =>
      `Average over ${paths} paths, summed over all the plan’s years. The difference is yearly requests minus agreement on each path; P10–P90: 8 in 10 paths lie within.`,
  },
  valueTable: {
    caption: (first, last) => `Agreement against yearly requests, average over the paths, summed over the plan’s years (the agreement covers ${first === last ? first : `${first}–${last}`})`,
    difference: 'Difference (yearly − agreement)',
    metrics: {
      dwellingMonthsShort: 'Households in temporary housing',
      dwellingMonthsIdle: 'Empty dwellings',
      placeMonthsShort: 'Waiting for the introduction programme',
      placeMonthsIdle: 'Empty programme places',
      mismatchCost: 'Cost of empty dwellings and places and temporary housing',
      income: 'Grants',
      net: 'Net budget',
    },
    units: {
      dwellingMonthsShort: 'household-months',
      dwellingMonthsIdle: 'dwelling-months',
      placeMonthsShort: 'participant-months',
      placeMonthsIdle: 'place-months',
      mismatchCost: 'NOK',
      income: 'NOK',
      net: 'NOK',
    },
  },
  needs: {
    heading: 'What the agreement needs of dwellings and places',
    subject: (perYear, varies, band, first, last) =>
      `${varies ? `the plan’s numbers (on average ${perYear} a year)` : `${perYear} a year`}${band === null ? '' : ` with up to ${band} more`} in ${first === last ? first : `${first}–${last}`}`,
    sentence: (subject, parts) => `To settle ${subject} without a single month short, the municipality needs ${list(parts)} beyond the plan.`,
    enough: (subject) => `The plan’s dwellings and programme places are enough to settle ${subject} without a single month short.`,
    add: (total, kind, first, last, steps) => `${total} ${kind === 'dwellings' ? 'dwellings' : 'programme places'} ${steps === 1 ? `by ${first}` : `from ${first} to ${last}`}`,
    dwellingsCaption: 'Dwellings to obtain beyond the plan',
    placesCaption: 'Programme places to obtain beyond the plan',
    readyBy: 'Ready by',
    units: 'Number',
    orderBy: 'Order by',
    late: (month) => `${month} (too late: before the plan starts)`,
    note: 'Calculated for the top of the band, with the lead times of the assumptions. What is added is kept for the rest of the plan.',
    noPlaces: 'The plan sets no limit on programme places, so only dwellings are counted.',
  },
  modes: { yearly: 'Yearly requests', commitment: 'Multi-year agreement' },
  fan: {
    band: '8 in 10 outcomes (P10–P90)',
    median: 'Median (P50)',
    title: (label, first, last, yearly, commitment) =>
      `${label} ${first}–${last} in total: ${yearly} with yearly requests, ${commitment} with an agreement (8 in 10 outcomes)`,
    total: (first, last) => `${first}–${last} in total`,
    range: (lo, hi) => (lo === hi ? lo : `${lo}–${hi}`),
    caption: (label) => `${label} per year, P10, median and P90 for both ways`,
    columns: (mode) => [`${mode} P10`, `${mode} median`, `${mode} P90`],
    source:
      'Source: own calculations, a Monte Carlo simulation over IMDi’s national requests 2015–2025. P10–P90: 8 in 10 simulated outcomes lie within.',
  },
  metrics: {
    settled: { label: 'Settled', unit: 'persons', csv: 'settled' },
    income: { label: 'Grants', unit: 'NOK million', csv: 'grants' },
    net: { label: 'Net budget', unit: 'NOK million', csv: 'net' },
    dwellingMonthsShort: { label: 'Households without a dwelling', unit: 'household-months', csv: 'households-without-dwelling' },
    dwellingMonthsIdle: { label: 'Vacant dwellings', unit: 'dwelling-months', csv: 'vacant-dwellings' },
    placeMonthsShort: { label: 'Waiting for a programme place', unit: 'participant-months', csv: 'waiting-for-place' },
    placeMonthsIdle: { label: 'Vacant programme places', unit: 'place-months', csv: 'vacant-places' },
  },
  spread: {
    title: (yearly, commitment) =>
      `The uncertainty in the net budget is on average ${yearly} a year with yearly requests and ${commitment} with an agreement`,
    caption: 'The spread of the net budget per year (P90 minus P10), in kroner',
    axisUnit: 'NOK million',
    csvName: 'spread-net-budget.csv',
  },
  mismatch: {
    title: (short, shortSign, idle, idleSign) =>
      `With an agreement there are on average ${shortSign === 0 ? 'no change in household-months in temporary housing' : `${short} ${shortSign > 0 ? 'fewer' : 'more'} household-months in temporary housing`} and ${idleSign === 0 ? 'no change in empty dwelling-months' : `${idle} ${idleSign > 0 ? 'fewer' : 'more'} empty dwelling-months`}`,
    caption: 'Expected mismatch of capacity over the plan’s years, average over the paths, in months',
    kind: 'What',
    axisUnit: 'months',
    csvName: 'capacity-mismatch.csv',
  },
  record: {
    title: (lo, hi, revised, years) =>
      `IMDi’s request has ranged between ${lo} and ${hi} a year, and was revised during the year in ${revised} of ${years} years`,
    caption: 'National: request, revised request, decisions and persons settled per year',
    request: 'IMDi’s request',
    revised: 'Revised during the year',
    decided: 'Decided by the municipalities',
    settled: 'Settled',
    partial: 'Settled, provisional figure',
    partialMark: (value) => `${value} (provisional)`,
    axisUnit: 'persons',
    source:
      'Source: IMDi, “Anmodning og vedtak” and annual reports; regjeringen.no; NTB and TV2. The figures for 2023 and 2024 are provisional. The simulation draws yearly changes in the need and changes during the year from these figures.',
    csvName: 'national-requests.csv',
  },
  largest: {
    heading: 'How many does the capacity make room for?',
    noCapacity:
      'Enter the dwellings the municipality has and will get (stock and new dwellings) and the introduction programme places per year in the plan, and we calculate how many the municipality can receive each year.',
    nothingBinds:
      'With this composition none of the persons settled needs a dwelling or a programme place, so the capacity sets no limit.',
    below: (c, r, what, month) =>
      `The capacity makes room for ${c} a year; the request is ${r}: with more than ${c} a year there are too few ${what} from ${month}.`,
    atLeast: (c, r, what, month) =>
      `The capacity makes room for ${c} a year; the request is ${r}, so the municipality has room for the whole request. With more than ${c} a year there are too few ${what} from ${month}.`,
    noRequest: (c, what, month, year) =>
      `The capacity makes room for ${c} a year: with more there are too few ${what} from ${month}. Enter IMDi’s request for ${year} in the plan to compare.`,
    housing: 'dwellings',
    places: 'introduction programme places',
    note: 'The largest fixed number per year, with the plan’s composition of persons, without a single month with too few dwellings or places.',
    band: (band, top) => `With a band of ${band}, up to ${top} a year are allowed for.`,
  },
  tornado: {
    title: (label, change, low, high) =>
      `The net budget for the economy plan is most sensitive to ${label.toLowerCase()}: ${change} gives from ${low} to ${high}`,
    empty: 'None of the assumptions changes the net budget yet: enter the persons to be settled',
    caption: (change) => `The net budget for the economy plan when each assumption changes by ${change}, in kroner`,
    input: 'Assumption',
    controlled: 'The municipality controls',
    notControlled: 'The municipality does not control',
    down: (change) => `−${change}`,
    up: (change) => `+${change}`,
    who: 'Who controls',
    yes: 'the municipality',
    no: 'not the municipality',
    base: (net) => `The net budget for the economy plan without changes: ${net}.`,
    legendDown: (change) => `Hatched: the assumption ${change} lower`,
    legendUp: (change) => `Solid: the assumption ${change} higher`,
    axisUnit: 'change in NOK million',
    source:
      'Source: own calculations. Each assumption is changed on its own, all else held equal. Blue: assumptions the municipality decides itself; brown: assumptions the municipality can only estimate.',
    csvName: 'sensitivity-net-budget.csv',
    inputs: {
      personsSettled: 'Persons settled',
      dwellings: 'Dwellings',
      programmePlaces: 'Introduction programme places',
      unitCosts: 'Own unit costs',
      grantRates: 'Grant rates',
      socialAssistance: 'Social assistance',
      familyReunification: 'Family reunification',
      programmeParticipation: 'Participation in the introduction programme',
      programmeDuration: 'Duration of the introduction programme',
      moveOut: 'Moving out to the ordinary housing market',
      careOfMinors: 'Care of unaccompanied minors',
    },
  },
  method: {
    heading: 'How it is calculated',
    points: [
      'Both ways start from the plan: its number per year (the decision, else the request, else the persons entered) and its dwellings, new dwellings, releases and programme places. Where the plan is short of dwellings, both ways show it.',
      'With yearly requests the plan’s number is multiplied each year by a factor drawn from the observed yearly changes of IMDi’s national request 2015–2025, and by a revision during the year drawn from the observed ones (1 in years without). Both are scaled to average 1, so the number equals the plan’s on average. Each observed figure is drawn equally often.',
      'With yearly requests the municipality orders more dwellings and places when the request is known (the autumn before), and they arrive after the lead time. What is not needed is given notice and stands empty until the notice period has run out; dwellings the municipality itself needs are not given up.',
      'With an agreement the municipality knows the number for the whole period. A band lets the number vary within the agreement, with the same average.',
      'Each path is calculated with the plan model’s response per person settled in each year’s cohort (kernels), so grants and costs follow the same rules as the forecast. Both ways are calculated on the same paths.',
      'The result is a model, not a prediction: it shows how large the uncertainty has been, not what is to come.',
    ],
  },
  csvYear: 'Year',
} satisfies Translation<Messages['predictability']>;
