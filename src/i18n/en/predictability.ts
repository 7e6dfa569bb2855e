import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-predictability.ts in English. */
export const predictability = {
  heading: 'Predictability: a multi-year agreement against yearly requests',
  intro:
    'What is it worth to the municipality to agree on a fixed number of persons settled over several years, instead of answering IMDi’s request each year? The simulation draws many possible developments of the need and compares the two ways of planning.',
  options: {
    heading: 'Assumptions of the simulation',
    paths: 'Number of paths',
    pathsHint: 'More paths give surer figures but take longer. Default 10,000.',
    seed: 'Seed for random numbers',
    seedHint: 'The same seed gives the same result.',
    commitment: 'Agreed number per year',
    commitmentHint: 'Empty field: the average settled with yearly requests, so only the uncertainty separates the two.',
    years: 'Agreement period (years)',
    yearsHint: (horizon) => `The agreement covers the first 1–${horizon} years; the years after follow the yearly requests in both modes.`,
    band: 'Tolerance (± %)',
    bandHint: 'The agreement allows this much more or less than the agreed number, according to the need.',
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
    pending: 'The answer comes when the simulation has finished.',
    stale: 'The figures below are from the previous run and are updated when the simulation has finished.',
    sentence: (perYear, years, gain, more, spread, less) =>
      `With an agreement of ${perYear} a year for ${years} years, the municipality gets on average ${gain} ${more ? 'more' : 'less'} net, and the outcome varies ${spread} ${less ? 'less' : 'more'} than with yearly requests.`,
    sentenceSame: (perYear, years, spread, less) =>
      `With an agreement of ${perYear} a year for ${years} years, the municipality gets on average about the same net, and the outcome varies ${spread} ${less ? 'less' : 'more'} than with yearly requests.`,
    detail: (paths) =>
      `Average over ${paths} paths. “Varies” is the distance between the 1st and 9th decile (P10–P90) of the net budget summed over the agreement period.`,
  },
  modes: { yearly: 'Yearly requests', commitment: 'Multi-year agreement' },
  fan: {
    band: '8 in 10 outcomes (P10–P90)',
    median: 'Median (P50)',
    title: (label, year, yearly, commitment) =>
      `${label} in ${year}: ${yearly} with yearly requests, ${commitment} with an agreement (8 in 10 outcomes)`,
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
    title: (short, idle) =>
      `With an agreement there are on average ${short} fewer household-months without a dwelling and ${idle} fewer dwelling-months with vacant dwellings`,
    titleKroner: (yearly, commitment) =>
      `Missing or empty dwellings cost on average ${yearly} with yearly requests and ${commitment} with an agreement`,
    caption: 'Expected mismatch of capacity over the agreement period, average over the paths',
    kind: 'What',
    kroner: 'Cost, vacant dwellings and temporary housing (NOK)',
    kronerMissing:
      'Kroner are shown when the municipality has entered a cost per vacant dwelling and an extra cost of temporary housing in the scenario.',
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
      'The national need is drawn year by year: the change from one year to the next is drawn from the observed changes in IMDi’s request 2015–2025, and a change during the year is drawn from the observed revisions (1 in years without a revision). The need is kept within what has been observed.',
      'The municipality’s request is its share of the national need.',
      'With yearly requests the municipality orders dwellings and places when the request is known (the autumn before), and they arrive after the lead time. What is not needed stands vacant until the notice period has run out.',
      'With an agreement the municipality knows the number for the whole period and plans its capacity in good time.',
      'Each path is calculated with the plan model’s response per person settled in each year’s cohort (kernels), so grants and costs follow the same rules as the forecast. Both ways are calculated on the same paths.',
      'The result is a model, not a prediction: it shows how large the uncertainty has been, not what is to come.',
    ],
  },
  csvYear: 'Year',
} satisfies Translation<Messages['predictability']>;
