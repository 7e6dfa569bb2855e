import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-workspace.ts in English. */
export const workspace = {
  nav: 'Scenarios',
  history: {
    label: 'Changes',
    undo: 'Undo',
    redo: 'Redo',
    undoHint: 'Undo the last change (Ctrl+Z)',
    redoHint: 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
    undone: 'The change is undone.',
    redone: 'The change is redone.',
  },
  list: {
    heading: 'Scenarios',
    intro:
      'Here are all your scenarios. The current scenario is the one you see and change under “Plan and forecast”. The baseline is the scenario the others are compared with.',
    caption: 'Your scenarios, with period, persons and net for the economy plan',
    name: 'Name',
    municipality: 'Municipality',
    periodHeading: 'Period',
    persons: 'Persons',
    net: 'Net, economy plan',
    actions: 'Actions',
    noMunicipality: 'No municipality chosen',
    unknownMunicipality: (code) => `Unknown municipality number ${code}`,
    period: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
    current: 'Current',
    baseline: 'Baseline',
    noBaseline:
      'No scenario is marked as the baseline. Choose “Mark as baseline” on the scenario the others should be compared with.',
    estimated: 'estimated',
    create: 'New scenario',
    newName: 'New scenario',
    copyName: (name) => `Copy of ${name}`,
    use: 'Use',
    open: 'Open in the plan',
    rename: 'Rename',
    duplicate: 'Duplicate',
    markBaseline: 'Mark as baseline',
    delete: 'Delete',
    onlyOne: 'The last scenario cannot be deleted.',
    renameLabel: (name) => `New name for “${name}”`,
    nameInvalid: 'Type a name of 1 to 120 characters.',
    save: 'Save',
    cancel: 'Cancel',
  },
  status: {
    created: (name) => `“${name}” has been created and is now the current scenario.`,
    duplicated: (name) => `“${name}” has been created as a copy and is now the current scenario.`,
    renamed: (name) => `The scenario is now called “${name}”.`,
    deleted: (name) => `“${name}” has been deleted.`,
    restored: (name) => `“${name}” is back.`,
    switched: (name) => `“${name}” is now the current scenario.`,
    baseline: (name) => `“${name}” is now the baseline.`,
    imported: (name) => `“${name}” has been imported as a new scenario and is now current.`,
    exported: (file) => `The scenario has been saved as ${file}.`,
    undoDelete: 'Undo',
    undoDeleteWhat: (name) => `the deletion of “${name}”`,
  },
  file: {
    export: 'Export the current scenario',
    import: 'Import a scenario from a file',
    hint: 'The file is in the same format the command-line tool reads (JSON). An imported file becomes a new scenario; no scenario is overwritten.',
    namePrefix: 'bosettingsplan',
    invalidTitle: (file) => `“${file}” could not be imported`,
    invalidHelp: 'Nothing has changed. Correct the errors in the file and try again:',
    unknownMunicipality: (code) =>
      `municipalityCode: the municipality number ${code} is not in the list of municipalities (as of 1 January 2024).`,
    tooLarge: (limit) => `The file is larger than ${limit} and is not a scenario file.`,
    unreadable: 'The file could not be read.',
    unknownField: (field) => `${field}: the scenario format has no field of this name (a typing mistake?). Remove it or correct the name.`,
    exportRefusedTitle: 'The scenario could not be exported',
    exportNeedsMunicipality: 'Choose a municipality in the field “Municipality” under “Plan and forecast” before exporting: without a municipality the file cannot be used to work out the plan.',
  },
  storage: {
    titleOne: 'The saved scenario could not be read',
    titleMany: (count) => `${count} saved scenarios could not be read`,
    titleAll: 'The saved data could not be read',
    titleVersions: (count) =>
      `${count === 1 ? 'A saved version' : `${count} saved versions`} of a scenario could not be read and were left out; the scenarios are restored`,
    dropped: 'These scenarios could not be restored and have been taken out of the list:',
    droppedItem: (position, name) =>
      name === null ? `Scenario no. ${position} (the name could not be read)` : `“${name}” (scenario no. ${position})`,
    keptText: 'Nothing has been deleted: the saved text is kept in the browser under the key',
    freshStart: 'We have started with a new, empty scenario.',
    download: 'Download the damaged data',
    fileName: 'bosettingsplan-damaged-data.json',
    details: 'Technical details',
    dismiss: 'Close the message',
    notKeptTitle: 'Changes are not being saved in the browser',
    notKeptText:
      'The browser accepts no more data (its storage is full or turned off). What you do now is lost when the page closes. Export the scenarios to a file under “Scenarios” to keep them.',
    notKeptAside:
      'The browser has no room for a copy of the saved data, so it is left untouched where it is saved. So that nothing is lost, your changes are not saved until there is room. Download the damaged data, and export the scenarios to a file under “Scenarios”.',
    heldTitle: 'Changes are not being saved in the browser',
    heldText:
      'Saving is paused so as not to overwrite the damaged data: the browser has no room for a copy of it. What you do now is lost when the page closes. Download the damaged data and export the scenarios to a file under “Scenarios”. Once there is room again, everything is saved as usual.',
  },
  reference: {
    title: 'The rates and municipality data could not be loaded from the server',
    reason: {
      'request-failed': 'The request to the server failed.',
      invalid: 'The files from the server were damaged.',
      timeout: 'The server did not answer within 8 seconds.',
    },
    fallback: (edition) =>
      `The app therefore uses the built-in copy of the reference data (version ${edition}). The figures may be older than those published now.`,
    retry: 'Try again',
    retrying: 'Trying again …',
    details: 'Technical details',
    footer: (rates, municipalities) =>
      `Built-in copy of the reference data, version ${rates} (municipalities ${municipalities}).`,
  },
  boundary: {
    title: 'This screen could not be shown',
    help: 'Your data is safe. Try “Undo” at the top of the page, or go to another screen.',
  },
  switcher: {
    label: 'Scenario',
    baselineSuffix: ' (baseline)',
    all: 'All scenarios',
  },
} satisfies Translation<Messages['workspace']>;
