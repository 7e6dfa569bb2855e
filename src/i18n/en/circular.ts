import type { Messages } from '../nb';
import type { Translation } from '../translation';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** src/i18n/nb-circular.ts in English. */
export const circular = {
  heading: 'Paste the table from IMDi’s circular',
  hint: (year) =>
    `Copy the rate table for ${year} from the circular «Tilskudd til kommunene ved bosetting av flyktninger» (from the PDF or the web page) and paste it here as it is. You see what was read beside the current rates before anything is stored. Lines that cannot be placed are listed and not used; sums are checked against their parts.`,
  textLabel: (year) => `The table from the circular for ${year}`,
  title: 'Document',
  defaultTitle: (year) => `IMDi, circular «Tilskudd til kommunene ved bosetting av flyktninger» ${year}`,
  date: 'Date of the document (optional)',
  sourceWithDate: (title, day, month, year) => `${title}, ${day} ${MONTHS[month - 1] ?? month} ${year}`,
  previewCaption: (year) => `Read from the circular, beside the rates for ${year} now`,
  printed: 'Line in the circular',
  maps: 'Becomes the rate',
  read: 'Read (NOK)',
  current: 'Now (NOK)',
  currentStatus: 'Status now',
  difference: 'Difference (NOK)',
  same: 'same',
  sameAsVerified: 'same as the verified rate, not stored',
  sumsHeading: 'Sums in the table (not stored)',
  sumMatches: (line, printed, value) => `Line ${line}, ${printed}: ${value} agrees with its parts.`,
  sumDiffers: (line, printed, value, parts) => `Line ${line}, ${printed}: ${value}, but the parts read add up to ${parts}.`,
  sumUnchecked: (line, printed, value) => `Line ${line}, ${printed}: ${value} (not checked: not all its parts were read).`,
  refusedHeading: (count) => (count === 1 ? 'One line not used' : `${count} lines not used`),
  refusedLine: (line, text, why) => `Line ${line}: «${text}». ${why}`,
  reasons: {
    unknown: 'The app does not know which rate the line is.',
    ambiguous: 'The line may be one of several rates. Say which on the line, for example «Ekstratilskudd 2, tak per år».',
    noHeading:
      'The line names a group but does not stand under a heading of the integration grant. Include the heading, or write «År 1» before it.',
    notTotal: 'The app uses the total per person over three years. Write the total and «sum tre år» on the line.',
    severalFigures: 'The line has several amounts. Paste one rate per line.',
    noLabel: 'The line has an amount but not the name of the rate.',
    notWholeKroner: (cell) => `No amount in whole kroner found at the end of the line («${cell}»).`,
    wrongYear: (tableYear, year) => `The line belongs to the table for ${tableYear}, not ${year}.`,
    conflict: (other) => `The same rate has a different amount on line ${other}.`,
    ambiguousFigure: (value, alternative) => `The amount could be read as ${value} or ${alternative}. Write «kr» before the amount.`,
  },
  otherYears: (years, year) => `The text mentions ${years}, but you are entering rates for ${year}. Check that it is the table for ${year}.`,
  summary: (read, refused) => `${read === 1 ? 'One rate' : `${read} rates`} read, ${refused === 1 ? 'one line' : `${refused} lines`} not used.`,
  confirm: (count, year) => `Store ${count === 1 ? '1 rate' : `${count} rates`} for ${year}`,
  nothingToStore: 'None of the rates read changes anything. Nothing was stored.',
  sumsDiffer: (line) => `The sum on line ${line} does not agree with its parts. Correct the figures or remove the sum line. Nothing was stored.`,
  done: (count, year, source) =>
    `${count === 1 ? '1 rate' : `${count} rates`} for ${year} entered with the source «${source}». You can undo with the Undo button or under «Your changes to the rates».`,
  titleRequired: 'Write the title of the document the figures come from, for example «IMDi, circular … 2027».',
  sourceTooLong: 'Document and date together can be at most 200 characters.',
  dateInvalid: 'Date of the document: enter a valid date, or leave the field empty.',
} satisfies Translation<Messages['circular']>;
