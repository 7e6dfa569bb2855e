import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-compare.ts in English. */
export const compare = {
  heading: 'Compare scenarios',
  intro:
    'Choose two to four scenarios. The table shows the baseline year by year and how much the others differ from it; the charts lay the scenarios over each other.',
  pickerLegend: 'Scenarios compared',
  pickerHint: 'Choose from two to four scenarios.',
  pickerFull: 'You have chosen four, the most allowed. Remove one to choose another.',
  baselineSuffix: ' (baseline)',
  tooFew: 'Choose at least two scenarios to compare.',
  onlyOne: 'You have only one scenario. Create or duplicate one under “Scenarios” to have something to compare with.',
  noBaseline: (name) =>
    `None of the chosen scenarios is the baseline, so the differences are measured against “${name}” (marked “Reference”). You mark the baseline under “Scenarios”.`,
  differentPeriods: (periods) =>
    `The scenarios have different periods (${periods}). They are lined up by calendar year; a year outside a scenario’s period is left empty (–).`,
  differentMunicipalities: (names) =>
    `The scenarios are for different municipalities (${names}). The differences also come from the municipalities being different.`,
  baseline: 'Baseline',
  reference: 'Reference',
  notInPeriod: 'outside the period',
  overview: {
    caption: 'The chosen scenarios side by side',
    municipality: 'Municipality',
    period: 'Period',
    settled: 'Settled in the period',
    economyPlan: 'Net, economy plan',
    horizon: 'Net, whole period',
    horizonDifference: 'Net, whole period, difference from baseline',
  },
  table: {
    heading: 'Difference from the baseline per year',
    caption: 'The baseline per year, and the other scenarios’ difference from it (kroner or persons)',
    measure: 'Scenario',
    difference: 'difference from baseline',
    differenceFromReference: 'difference from the reference',
    downloadCsv: 'Download the table as CSV',
    csvName: 'comparison-differences.csv',
    csvMeasure: 'Measure',
    csvScenario: 'Scenario',
    csvKind: 'Figure',
    csvValue: 'value',
    csvDifference: 'difference from baseline',
    note: 'Grants for years whose rates are not yet published rest on estimated rates. Housing shortage and waiting are the month of the year where the figure is largest.',
  },
  measures: {
    income: 'Grants, NOK',
    cost: 'Costs, NOK',
    net: 'Net, NOK',
    settled: 'Settled, persons',
    housingShortage: 'Households without a dwelling, worst month',
    programmeWaiting: 'Waiting for a programme place, worst month',
  },
  charts: {
    axisUnit: 'NOK million',
    source:
      'Source: own calculations on IMDi’s rates and the scenarios’ own figures and assumptions. Rates not yet published are estimated.',
    net: {
      caption: 'Net per year for each scenario, in kroner',
      csvName: 'comparison-net-per-year.csv',
      same: 'The scenarios give the same net in every year they share',
      largest: (name, year, amount) => `Largest difference in net from the baseline: “${name}” in ${year}, ${amount}`,
      apart: 'The scenarios share no year with the baseline',
    },
    cumulative: {
      caption: 'Cumulative net per year for each scenario, in kroner',
      csvName: 'comparison-cumulative-net.csv',
      highest: (name, amount, year) => `“${name}” ends with the highest cumulative net: ${amount} in ${year}`,
      same: (amount) => `The scenarios end with the same cumulative net: ${amount}`,
    },
  },
} satisfies Translation<Messages['compare']>;
