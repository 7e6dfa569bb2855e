import type { Messages } from '../nb';
import type { Translation } from '../translation';

/** src/i18n/nb-council-draft.ts in English. */
export const councilDraft = {
  heading: 'Council paper: answer to IMDi’s request',
  intro:
    'A draft of the case paper for the council’s decision on IMDi’s request, written from the plan. Edit the text here, then download it as a Word document or copy it. The tables follow the plan’s numbers.',
  noMunicipality: 'Choose a municipality on «Plan and forecast», and we will write the draft.',
  title: (municipality, years) => `${municipality}: settling refugees ${years} – answer to IMDi’s request`,
  thisMunicipality: 'The municipality',
  sections: {
    subject: 'The matter',
    proposal: 'Proposed decision',
    background: 'Background',
    assessment: 'Assessment',
    economy: 'Finances',
    risk: 'Risks',
    assumptions: 'Assumptions and sources',
  },
  subject: {
    request: (municipality, count, year) => `IMDi has asked ${municipality} to settle ${count} refugees in ${year}.`,
    revised: (count) => `The request has since been revised to ${count}.`,
    noRequest: (year) => `IMDi’s request for ${year} has not been entered in the plan yet.`,
    task: 'The council is to decide how many refugees the municipality will settle, and answer IMDi.',
  },
  proposal: {
    settle: (n, municipality, count, year) => `${n}. ${municipality} settles ${count} refugees in ${year}.`,
    settleWithMargin: (n, municipality, count, year, margin, most) =>
      `${n}. ${municipality} settles ${count} refugees in ${year}, with up to ${margin} more (at most ${most} persons).`,
    marginCell: (margin, most) => `up to ${margin} more: ${most}`,
    reunified: (n) => `${n}. Family members reunified come in addition to the numbers above.`,
  },
  background: {
    plan: (from, to) => `The table below gives how many the plan for ${from}–${to} settles a year, by type. The request and decision are those entered in the plan.`,
    caption: 'Persons per year by type',
    year: 'Year',
    total: 'Total',
    none: '–',
    reunified: (count, from, to) => `In addition, ${count} reunified family members are expected in ${from}–${to}.`,
    settledBefore: (persons, minors, from, to) =>
      `The municipality settled ${persons} persons and ${minors} unaccompanied minors in ${from}–${to}; their grants are included in the finances.`,
  },
  assessment: {
    housingShort: (month) => `The plan’s dwellings fall short from ${month}: households are then without a dwelling.`,
    housingEnough: 'The plan’s dwellings are enough for everyone settled, every month of the plan.',
    waiting: (count, month) => `The introduction programme has too few places: most wait in ${month}, ${count} participants.`,
    noWaiting: 'No participants wait for an introduction-programme place.',
    noCapacity: 'The plan has no dwellings or programme places entered, so it does not say how many capacity allows.',
    notRun: 'The predictability analysis (a multi-year commitment against yearly requests) has not been run for this plan.',
  },
  economy: {
    intro: (from, to) => `The table below gives the grants and costs in the economy plan ${from}–${to}, in millions of kroner with one decimal.`,
    caption: (from, to) => `Economy plan ${from}–${to}`,
    line: 'Line',
    sum: 'Total',
    netLow: 'Net if the estimated rates come out low',
    netHigh: 'Net if the estimated rates come out high',
    estimated: 'Amounts marked ≈ rest on estimated rates.',
    investment: (amount, from, to) => `The investment budget ${from}–${to} (dwellings the municipality buys or builds) is ${amount} net, outside the operating budget above.`,
  },
  risk: {
    estimated: (years) => `The rates for ${years} are not published and are estimated; the grants may come out lower or higher.`,
    housing: (month) => `Without more dwellings the municipality must use temporary housing from ${month}.`,
    places: (month) => `Without more programme places participants must wait for a place from ${month}.`,
    beyondDecision: (count, year) => `The plan settles ${count} more in ${year} than the decision allows.`,
    defaults: (count) => `${count} assumptions are still defaults, not the municipality’s own figures.`,
    request: 'IMDi may revise the request during the year, and settlement may come later or earlier than the plan expects.',
  },
  assumptions: {
    tool: (edition) => `Computed with Bosettingsplan, rates of data edition ${edition}.`,
    estimate: (rates, years, rule) => `Estimated for ${years}: ${rates}. The estimate: ${rule}.`,
    override: (rate, year, value, source) => `The municipality’s own rate: ${rate} ${year}, ${value} (${source}).`,
    default: (label, value, source) => `${label}: ${value} (default; ${source}).`,
    changed: (label, value) => `${label}: ${value} (the municipality’s figure).`,
  },
  edit: {
    label: (heading) => `Text: ${heading}`,
    reset: 'Reset to the draft',
    edited: 'Edited: the numbers here no longer follow the plan by themselves.',
    outdated: 'The plan has changed since you edited this text. Reset it to bring in the new numbers.',
  },
  actions: {
    label: 'The council paper',
    download: 'Download as Word (.docx)',
    downloading: 'Making the Word document …',
    downloadFailed: 'The Word document could not be made. Try again, or copy the text.',
    downloaded: (file) => `Downloaded ${file}.`,
    copy: 'Copy the text',
    copied: 'The text is copied.',
    copyFailed: 'The browser did not allow the clipboard. Select the text and copy it yourself.',
    runPredictability: 'Run the predictability analysis',
    fileName: 'council-paper',
  },
} satisfies Translation<Messages['councilDraft']>;
