import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-forecast-charts.ts in English. */
export const forecastCharts = {
  estimatedYear: (year) => `${year} (estimated rate)`,
  estimatedLegend: 'Hatched: rests on an estimated rate',
  estimatedNote:
    'Hatched bars rest on rates not yet published: they are projected and marked “estimated rate” in the table.',
  month: 'Month',
  budget: {
    tableCaption: 'Grants, costs and net per year, in kroner',
    empty: 'No grants or costs yet: enter the persons to be settled',
    surplus: (cumulative, year) => `Grants exceed costs every year: ${cumulative} net in total by ${year}`,
    deficit: (first, shortfall, cumulative, year) =>
      `Costs first exceed grants in ${first}, by ${shortfall}; the cumulative net by ${year} is ${cumulative}`,
    minorDeficit: (first, shortfall, cumulative, year) =>
      `Grants cover costs in nearly every year (${first} falls short by ${shortfall}); the cumulative net by ${year} is ${cumulative}`,
    materialityNote: (share, minimum) =>
      `A year is named as a deficit in the title when costs exceed grants by more than ${share} of that year’s grants and by at least ${minimum}.`,
    income: 'Grants',
    cost: 'Costs',
    net: 'Net',
    cumulative: 'Net, cumulative',
    source:
      'Source: own calculations on IMDi’s rates and the municipality’s own cost figures. Costs not entered count as zero.',
    csvName: 'grants-costs-net.csv',
    axisUnit: 'NOK million',
  },
  residence: {
    tableCaption: 'Persons in the municipality by year of residence, per year',
    empty: 'Nobody settled yet: enter the persons to be settled',
    peak: (year, persons) => `Most persons in the grant years (years of residence 1–5) in ${year}: ${persons}`,
    rising: (year, persons) => `Persons in the grant years (years of residence 1–5) keep growing: ${persons} in the plan’s last year, ${year}`,
    level: (year, persons) => `Most persons in the grant years (years of residence 1–5) from ${year} to the end of the plan: ${persons}`,
    grantYears: 'Years of residence 1–5 in all',
    years: [
      'Year of residence 1',
      'Year of residence 2',
      'Year of residence 3',
      'Year of residence 4',
      'Year of residence 5',
      'Year of residence 6 or later',
    ],
    source:
      'Source: own calculations. Year of residence 1 is the year of settlement. The integration grant is paid in years of residence 1–5. Family reunification and the split by type of person are default assumptions that can be changed under “Assumptions”.',
    csvName: 'persons-by-year-of-residence.csv',
    axisUnit: 'persons',
  },
  housing: {
    tableCaption: 'Dwellings needed and dwellings available, per month',
    nobody: 'Nobody needs a dwelling yet: enter the persons to be settled',
    enough: 'Enough dwellings throughout the period',
    enoughIdle: (idle) => `Enough dwellings throughout the period; up to ${idle} stand vacant`,
    short: (month, worst) => `Dwellings fall short from ${month}, ${worst} households at the worst`,
    need: 'Dwellings needed',
    capacity: 'Dwellings available',
    shortLabel: 'Households without a dwelling',
    idle: 'Vacant dwellings',
    source:
      'Source: own calculations. Households: single adults live alone and families have 4 persons; a share moves out to the ordinary market each year (default assumptions that can be changed under “Assumptions”). Dwellings: stock, new dwellings with their lead time and dwellings handed back, as entered.',
    csvName: 'dwellings-per-month.csv',
    axisUnit: 'dwellings',
  },
  programme: {
    tableCaption: 'Participants in the introduction programme and places, per month',
    nobody: 'No participants in the introduction programme yet',
    enough: 'Enough introduction programme places throughout the period',
    unlimited: (peak, month) => `No number of places entered: up to ${peak} participants, most in ${month}`,
    short: (month, worst) => `Places fall short from ${month}, ${worst} waiting at the most`,
    need: 'Participants and waiting',
    capacity: 'Places',
    shortLabel: 'Waiting for a place',
    idle: 'Vacant places',
    noLimit: 'no limit',
    source:
      'Source: own calculations. 85% of adults aged 18–55 take part, from 2 months after settlement, for 6–48 months (default assumptions that can be changed under “Assumptions”). Places per year as entered; an empty field means no limit.',
    csvName: 'introduction-programme-per-month.csv',
    axisUnit: 'persons',
  },
} satisfies Translation<Messages['forecastCharts']>;
