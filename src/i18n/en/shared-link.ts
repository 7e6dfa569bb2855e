import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-shared-link.ts in English. */
export const sharedLink = {
  share: 'Share link',
  shareWhat: (name) => `“${name}”`,
  copied: (name) => `The link to “${name}” has been copied. Paste it into an email or a message.`,
  copyFailed: (name) =>
    `The link to “${name}” could not be copied automatically. It is selected in the field below: copy it with Ctrl+C (Cmd+C on a Mac).`,
  linkLabel: (name) => `Link to “${name}”`,
  tooLong: (length) => `The scenario is too large for a link (${length} characters). Use “Export file” instead.`,
  exportFile: 'Export file',
  exportWhat: (name) => `“${name}”`,
  exported: (file) => `The scenario has been saved as ${file}.`,
  filePrefix: 'bosettingsplan',
  view: {
    heading: (name) => `Shared scenario: “${name}”`,
    readOnly:
      'Someone has shared this scenario with you. It is only shown: your own scenarios have not changed. To work on with it, keep a copy.',
    keep: 'Keep a copy',
    keepHint: 'The copy is added to your scenarios and opened in the plan. None of your scenarios is overwritten.',
    facts: 'About the scenario',
    municipality: 'Municipality',
    noMunicipality: 'No municipality chosen',
    period: 'Period',
    persons: 'Persons to be settled',
    personsCaption: 'Persons to be settled per year, by type',
    type: 'Type',
    total: 'Persons in total',
    tableHeading: 'Budget per year',
    tableCaption: 'Grants and costs per year, in kroner (lines without amounts are left out)',
  },
  error: {
    title: 'The link could not be opened',
    missing:
      'This page shows a scenario someone has shared with you as a link. This address holds no scenario: open the link you received, exactly as it is.',
    damaged:
      'The link is damaged or incomplete; perhaps it was cut off when it was copied. Ask for the link again, or for the scenario as a file.',
    invalid: 'The link holds a scenario that is not valid, perhaps because it has been changed. This is wrong:',
    unknownMunicipality: (code) =>
      `municipalityCode: the municipality number ${code} is not in the list of municipalities (as of 1 January 2024).`,
    untouched: 'Nothing has changed: your own scenarios are as before.',
    toPlan: 'Go to the plan',
  },
} satisfies Translation<Messages['sharedLink']>;
