import lzString from 'lz-string';
import { planMunicipality, readPlanScenario } from '../../cli/read-plan';
import { readScenarioFile } from '../../src/scenario/scenario-file';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { readShareLink } from '../../src/scenario/share-link';
import { nameIssues } from '../../src/report/field-names';
import { storedIssueLines } from '../../src/report/stored-issues';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY } from '../../src/store';
import type { SyncStorage } from '../../src/store/persistence';

/**
 * The catalogue of bad inputs (issue 11, item 7): each case goes through every reader of a
 * scenario — the command-line planner, file import, share link and stored state — and each must
 * refuse it, name the field as the plan screen names it (label and year, in bokmål), and store
 * nothing. The rates file and paste read rates, not scenarios: their cases are in
 * tests/reference and tests/features/rates.
 */

const f = formatter('nb');
const GOOD = { formatVersion: 2, name: 'God', municipalityCode: '0301', startYear: 2026, years: [{ singleAdults: 5 }] };

/** A valid document with two of every list, so that a case can break the second. */
const base = (): Record<string, unknown> => ({
  formatVersion: 2,
  name: 'Feil',
  municipalityCode: '0301',
  startYear: 2026,
  years: [{}, {}],
  housing: {
    pipeline: [{ year: 2026, month: 1, units: 1, leadTimeMonths: 6 }, { year: 2027, month: 6, units: 2, leadTimeMonths: 12 }],
    releases: [{ year: 2026, month: 1, units: 1 }, { year: 2027, month: 2, units: 1 }],
    moveOutByYearOfResidence: [0, 0, 0, 0, 0],
  },
  programme: { durations: [{ months: 6, share: 0.5 }, { months: 12, share: 0.5 }] },
  rateOverrides: [{ year: 2026, rate: 'elderly', value: 1 }, { year: 2027, rate: 'elderly', value: 2 }],
  monthProfile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  minors: { ageShares: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
  settledBefore: { persons: [0, 0, 0, 0], minors: [0, 0, 0, 0] },
  familyReunification: { lagShares: [1, 1, 1] },
  leaving: { byYearOfResidence: [0, 0, 0, 0, 0] },
  costs: { socialAssistanceByYearOfResidence: [0, 0, 0, 0, 0], otherServicesByYearOfResidence: [0, 0, 0, 0, 0] },
});

/** `base()` with `value` at `path` (objects on the way are made). */
function withValue(path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const doc = base();
  let node: Record<string | number, unknown> = doc;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1] ?? ''] = value;
  return doc;
}

interface Case {
  readonly name: string;
  readonly doc: Record<string, unknown>;
  /** The line the app shows (import, share link; stored state after «Scenario 2 («Feil»): »). */
  readonly line: string;
  /** The screen's label the command-line planner names after the path; null where it names the path only. */
  readonly label: string | null;
  /** The import's own line where it differs (an unknown top-level field). */
  readonly importLine?: string;
}

/** Every bound (src/scenario/bounds.ts) just beyond it, at the second row or year where it is a list. */
const BEYOND: readonly (readonly [string, readonly (string | number)[], number, string])[] = [
    ['startYear', ["startYear"], 2101, "Første planår: må være et helt tall fra 2000 til 2100 (fant 2101)."],
    ['years.*.singleAdults', ["years",1,"singleAdults"], 10001, "Enslige voksne, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.adultsInFamilies', ["years",1,"adultsInFamilies"], 10001, "Voksne i familier, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.children', ["years",1,"children"], 10001, "Barn, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.unaccompaniedMinors', ["years",1,"unaccompaniedMinors"], 10001, "Enslige mindreårige, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.highNeedsTier1', ["years",1,"highNeedsTier1"], 10001, "Høye behov nivå 1, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.highNeedsTier2', ["years",1,"highNeedsTier2"], 10001, "Høye behov nivå 2, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.request', ["years",1,"request"], 10001, "IMDis anmodning, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.decision', ["years",1,"decision"], 10001, "Kommunestyrets vedtak, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['years.*.programmePlaces', ["years",1,"programmePlaces"], 10001, "Introduksjonsplasser, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['monthProfile.*', ["monthProfile",1], 1001, "Vekt, februar: må være et tall fra 0 til 1\u00a0000 (fant 1001)."],
    ['composition.adultsAged60Plus', ["composition","adultsAged60Plus"], 1.5, "Voksne 60 år eller eldre (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['composition.adultsAged18to55', ["composition","adultsAged18to55"], 1.5, "Voksne 18–55 år (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['composition.childrenAged0to5', ["composition","childrenAged0to5"], 1.5, "Barn 0–5 år (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['composition.norwegianTrainingHighRate', ["composition","norwegianTrainingHighRate"], 1.5, "Høy sats for persontilskudd (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['minors.ageShares.*', ["minors","ageShares",1], 1001, "7 år: må være et tall fra 0 til 1\u00a0000 (fant 1001)."],
    ['highNeedsTier2DocumentedCost', ["highNeedsTier2DocumentedCost"], 50000001, "Forventet dokumentert merkostnad per person og år, nivå 2 (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
    ['settledBefore.persons.*', ["settledBefore","persons",1], 10001, "Personer (utenom enslige mindreårige), bosatt 2023: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['settledBefore.minors.*', ["settledBefore","minors",1], 10001, "Enslige mindreårige, bosatt 2023: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['familyReunification.perSingleAdult', ["familyReunification","perSingleAdult"], 11, "Gjenforente per bosatt enslig voksen: må være et tall fra 0 til 10 (fant 11)."],
    ['familyReunification.lagShares.*', ["familyReunification","lagShares",1], 1001, "2 år etter: må være et tall fra 0 til 1\u00a0000 (fant 1001)."],
    ['familyReunification.childShare', ["familyReunification","childShare"], 1.5, "Barn blant de gjenforente (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['familyReunification.humanitarianShare', ["familyReunification","humanitarianShare"], 1.5, "Gjenforent med person med opphold på humanitært grunnlag (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['leaving.byYearOfResidence.*', ["leaving","byYearOfResidence",1], 1.5, "Flytter etter botid år 2 (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['blockGrant.perInhabitant', ["blockGrant","perInhabitant"], 1000001, "Rammetilskudd: innbyggertilskudd per innbygger og år (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000 kr (fant 1000001)."],
    ['programme.participation', ["programme","participation"], 1.5, "Deltakere blant voksne 18–55 år (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['programme.startLagMonths', ["programme","startLagMonths"], 25, "Oppstart etter bosetting (mnd.): må være et helt tall fra 0 til 24 (fant 25)."],
    ['programme.durations.*.months', ["programme","durations",1,"months"], 61, "Måneder, varighet 2: må være et helt tall fra 1 til 60 (fant 61)."],
    ['programme.durations.*.share', ["programme","durations",1,"share"], 1.5, "Andel (%), varighet 2: må være en prosent fra 0 til 100 (fant 150 %)."],
    ['programme.under25Share', ["programme","under25Share"], 1.5, "Deltakere under 25 år (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['programme.under25WithParentsShare', ["programme","under25WithParentsShare"], 1.5, "Av deltakerne under 25: bor med foreldre (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['housing.dwellingsAtStart', ["housing","dwellingsAtStart"], 150001, "Boliger til disposisjon ved start: må være et helt tall fra 0 til 150\u00a0000 (fant 150001)."],
    ['housing.pipeline.*.year', ["housing","pipeline",1,"year"], 2101, "År, bestilling 2: må være et helt tall fra 2000 til 2100 (fant 2101)."],
    ['housing.pipeline.*.month', ["housing","pipeline",1,"month"], 13, "Måned, bestilling 2: må være et helt tall fra 1 til 12 (fant 13)."],
    ['housing.releases.*.year', ["housing","releases",1,"year"], 2101, "År, tilbakelevering 2: må være et helt tall fra 2000 til 2100 (fant 2101)."],
    ['housing.releases.*.month', ["housing","releases",1,"month"], 13, "Måned, tilbakelevering 2: må være et helt tall fra 1 til 12 (fant 13)."],
    ['housing.pipeline.*.units', ["housing","pipeline",1,"units"], 10001, "Boliger, bestilling 2: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['housing.pipeline.*.leadTimeMonths', ["housing","pipeline",1,"leadTimeMonths"], 61, "Leveringstid (mnd.), bestilling 2: må være et helt tall fra 0 til 60 (fant 61)."],
    ['housing.releases.*.units', ["housing","releases",1,"units"], 10001, "Boliger, tilbakelevering 2: må være et helt tall fra 0 til 10\u00a0000 (fant 10001)."],
    ['housing.singleAdultsPerDwelling', ["housing","singleAdultsPerDwelling"], 0, "Enslige voksne per bolig: må være et tall over 0 og høyst 10 (fant 0)."],
    ['housing.familySize', ["housing","familySize"], 0, "Personer per familiehusstand: må være et tall over 0 og høyst 50 (fant 0)."],
    ['housing.moveOutByYearOfResidence.*', ["housing","moveOutByYearOfResidence",1], 1.5, "Flyttet ut, botid år 2 (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['costs.programmeCostPerPlaceYear', ["costs","programmeCostPerPlaceYear"], 50000001, "Drift av introduksjonsprogrammet per plass og år (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
    ['costs.housingNetCostPerUnitMonth', ["costs","housingNetCostPerUnitMonth"], 1000001, "Netto kostnad per bolig og måned (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000 kr (fant 1000001)."],
    ['costs.idleUnitCostPerMonth', ["costs","idleUnitCostPerMonth"], 1000001, "Kostnad per ledig bolig og måned (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000 kr (fant 1000001)."],
    ['costs.emergencyHousingPremiumPerHouseholdMonth', ["costs","emergencyHousingPremiumPerHouseholdMonth"], 1000001, "Merkostnad for midlertidig bolig per husstand og måned (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000 kr (fant 1000001)."],
    ['costs.socialAssistanceByYearOfResidence.*', ["costs","socialAssistanceByYearOfResidence",1], 50000001, "Sosialhjelp, botid år 2 (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
    ['costs.careCostPerMinorYear', ["costs","careCostPerMinorYear"], 50000001, "Omsorg per enslig mindreårig og år (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
    ['costs.administrationPerYear', ["costs","administrationPerYear"], 1000000001, "Administrasjon per år (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000\u00a0000 kr (fant 1000000001)."],
    ['costs.acquisitionCostPerUnit', ["costs","acquisitionCostPerUnit"], 50000001, "Kostnad per kjøpt eller bygd bolig (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
    ['costs.otherServicesByYearOfResidence.*', ["costs","otherServicesByYearOfResidence",1], 10000001, "Andre tjenester, botid år 2 (kr): må være et beløp fra 0 til 10\u00a0000\u00a0000 kr (fant 10000001)."],
    ['policy.grantScale.integration', ["policy","grantScale","integration"], 10.5, "Integreringstilskudd (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.grantScale.elderly', ["policy","grantScale","elderly"], 10.5, "Eldretilskudd (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.grantScale.kindergarten', ["policy","grantScale","kindergarten"], 10.5, "Barnehagetilskudd (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.grantScale.minors', ["policy","grantScale","minors"], 10.5, "Tilskudd for enslige mindreårige (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.grantScale.highNeeds', ["policy","grantScale","highNeeds"], 10.5, "Ekstratilskudd for høye behov (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.grantScale.aboveRequest', ["policy","grantScale","aboveRequest"], 10.5, "Ekstratilskudd utover anmodning (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.grantScale.norwegianTraining', ["policy","grantScale","norwegianTraining"], 10.5, "Persontilskudd, norskopplæring (%): må være en prosent fra 0 til 1\u00a0000 (fant 1050 %)."],
    ['policy.aboveRequestBonusPerPerson', ["policy","aboveRequestBonusPerPerson"], 50000001, "Tillegg per person bosatt utover anmodningen (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
    ['policy.minorsCareRefundShare', ["policy","minorsCareRefundShare"], 1.5, "Staten refunderer av omsorgskostnaden for enslige mindreårige (%): må være en prosent fra 0 til 100 (fant 150 %)."],
    ['rateOverrides.*.year', ["rateOverrides",1,"year"], 2101, "rateOverrides[1].year: må være et helt tall fra 2000 til 2100 (fant 2101)."],
    ['rateOverrides.*.value', ["rateOverrides",1,"value"], 50000001, "rateOverrides[1].value: må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 50000001)."],
];

const beyond: Case[] = BEYOND.map(([pattern, path, value, line]) => ({
  name: `${pattern} = ${value}`,
  doc: withValue(path, value),
  line,
  label: line.startsWith('rateOverrides') ? null : line.slice(0, line.indexOf(': må')),
}));

const other: Case[] = [
  { name: 'the reported 2 000 000 persons a year', doc: withValue(['years', 0, 'singleAdults'], 2_000_000), line: 'Enslige voksne, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant 2000000).', label: 'Enslige voksne, 2026' },
  { name: 'the reported 1e15 persons', doc: withValue(['years', 1, 'children'], 1e15), line: 'Barn, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 1000000000000000).', label: 'Barn, 2027' },
  { name: 'the reported administration cost of 1e308', doc: withValue(['costs', 'administrationPerYear'], 1e308), line: 'Administrasjon per år (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000\u00a0000 kr (fant 1e+308).', label: 'Administrasjon per år (kr)' },
  { name: 'a negative count', doc: withValue(['years', 0, 'unaccompaniedMinors'], -1), line: 'Enslige mindreårige, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant \u22121).', label: 'Enslige mindreårige, 2026' },
  { name: 'half a person', doc: withValue(['years', 1, 'singleAdults'], 2.5), line: 'Enslige voksne, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 2,5).', label: 'Enslige voksne, 2027' },
  { name: 'a count written as a word', doc: withValue(['years', 0, 'children'], 'fem'), line: 'Barn, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant "fem").', label: 'Barn, 2026' },
  { name: 'null for a count that cannot be empty', doc: withValue(['years', 0, 'children'], null), line: 'Barn, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant null).', label: 'Barn, 2026' },
  { name: 'a count as a list', doc: withValue(['years', 0, 'request'], [1]), line: 'IMDis anmodning, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant en liste med 1).', label: 'IMDis anmodning, 2026' },
  { name: 'a negative amount', doc: withValue(['costs', 'careCostPerMinorYear'], -1), line: 'Omsorg per enslig mindreårig og år (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant \u22121).', label: 'Omsorg per enslig mindreårig og år (kr)' },
  { name: 'an amount as text', doc: withValue(['costs', 'idleUnitCostPerMonth'], '5000'), line: 'Kostnad per ledig bolig og måned (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000 kr (fant "5000").', label: 'Kostnad per ledig bolig og måned (kr)' },
  { name: 'a negative share', doc: withValue(['programme', 'participation'], -0.1), line: 'Deltakere blant voksne 18–55 år (%): må være en prosent fra 0 til 100 (fant \u221210 %).', label: 'Deltakere blant voksne 18–55 år (%)' },
  { name: 'a share written as percent', doc: withValue(['familyReunification', 'childShare'], 50), line: 'Barn blant de gjenforente (%): må være en prosent fra 0 til 100 (fant 5000 %).', label: 'Barn blant de gjenforente (%)' },
  { name: 'a start year before 2000', doc: withValue(['startYear'], 1999), line: 'Første planår: må være et helt tall fra 2000 til 2100 (fant 1999).', label: 'Første planår' },
  { name: 'a start year as text', doc: withValue(['startYear'], 'neste år'), line: 'Første planår: må være et helt tall fra 2000 til 2100 (fant "neste år").', label: 'Første planår' },
  { name: 'a month 0 of an order', doc: withValue(['housing', 'pipeline', 0, 'month'], 0), line: 'Måned, bestilling 1: må være et helt tall fra 1 til 12 (fant 0).', label: 'Måned, bestilling 1' },
  { name: 'a negative lead time', doc: withValue(['housing', 'pipeline', 0, 'leadTimeMonths'], -6), line: 'Leveringstid (mnd.), bestilling 1: må være et helt tall fra 0 til 60 (fant \u22126).', label: 'Leveringstid (mnd.), bestilling 1' },
  { name: 'a duration of 0 months', doc: withValue(['programme', 'durations', 0, 'months'], 0), line: 'Måneder, varighet 1: må være et helt tall fra 1 til 60 (fant 0).', label: 'Måneder, varighet 1' },
  { name: 'sixteen years', doc: withValue(['years'], Array.from({ length: 16 }, () => ({}))), line: 'Antall år: må være en liste med 1 til 15 år (fant en liste med 16).', label: 'Antall år' },
  { name: 'no years', doc: withValue(['years'], []), line: 'Antall år: må være en liste med 1 til 15 år (fant en liste med 0).', label: 'Antall år' },
  { name: 'years as text', doc: withValue(['years'], 'mange'), line: 'Antall år: må være en liste med 1 til 15 år (fant "mange").', label: 'Antall år' },
  { name: 'an unknown field in a year', doc: withValue(['years', 1, 'singelAdults'], 1), line: 'Personer per år, 2027: Ukjent felt: singelAdults', label: 'Personer per år, 2027' },
  { name: 'an unknown top-level field', doc: withValue(['kommentar'], 'x'), line: 'Ukjent felt: kommentar', label: null, importLine: nb.workspace.file.unknownField('kommentar') },
  { name: 'a municipality code of three digits', doc: withValue(['municipalityCode'], '301'), line: 'Kommune: må være et kommunenummer med fire sifre', label: 'Kommune' },
  { name: 'an empty name', doc: withValue(['name'], '  '), line: 'Navn: kan ikke være tomt', label: 'Navn' },
  { name: 'a hundred and one orders', doc: withValue(['housing', 'pipeline'], Array.from({ length: 101 }, () => ({ year: 2026, month: 1, units: 1, leadTimeMonths: 0 }))), line: 'Bestilte boliger (kjøp, bygging, leie): kan ha høyst 100 rader', label: 'Bestilte boliger (kjøp, bygging, leie)' },
  { name: 'a month profile of zeros', doc: withValue(['monthProfile'], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), line: 'Vekt per måned for når i året personene bosettes: må ha minst én vekt over 0', label: 'Vekt per måned for når i året personene bosettes' },
  { name: 'eleven month weights', doc: withValue(['monthProfile'], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), line: 'Vekt per måned for når i året personene bosettes: må ha tolv vekter, én per måned', label: 'Vekt per måned for når i året personene bosettes' },
  { name: 'three age weights in a version 2 file', doc: withValue(['minors', 'ageShares'], [1, 1, 1]), line: 'Alder ved bosetting: må ha tolv vekter, for alderen 6–17 år', label: 'Alder ved bosetting' },
  { name: 'an unknown housing zone', doc: withValue(['housing', 'zone'], 'nord'), line: 'Sone: expected "oslo" or "baerum" or "large-city" or "city" or "regional" or "other"', label: 'Sone' },
  { name: 'a yes/no as text', doc: withValue(['housing', 'delaySettlementWithoutDwelling'], 'ja'), line: 'Vent med bosetting til en bolig er ledig: expected true or false', label: 'Vent med bosetting til en bolig er ledig' },
  { name: 'four move-out shares', doc: withValue(['housing', 'moveOutByYearOfResidence'], [0, 0, 0, 0]), line: 'Flyttet ut til det ordinære boligmarkedet, etter botid: expected at least 5 entries', label: 'Flyttet ut til det ordinære boligmarkedet, etter botid' },
  { name: 'persons settled before as a negative number', doc: withValue(['settledBefore', 'persons', 3], -4), line: 'Personer (utenom enslige mindreårige), bosatt 2025: må være et helt tall fra 0 til 10\u00a0000 (fant \u22124).', label: 'Personer (utenom enslige mindreårige), bosatt 2025' },
  { name: 'a decision of 1e21', doc: withValue(['years', 0, 'decision'], 1e21), line: 'Kommunestyrets vedtak, 2026: må være et helt tall fra 0 til 10\u00a0000 (fant 1e+21).', label: 'Kommunestyrets vedtak, 2026' },
  { name: 'programme places of 2 000 000', doc: withValue(['years', 1, 'programmePlaces'], 2_000_000), line: 'Introduksjonsplasser, 2027: må være et helt tall fra 0 til 10\u00a0000 (fant 2000000).', label: 'Introduksjonsplasser, 2027' },
  { name: 'dwellings at start of 1e15', doc: withValue(['housing', 'dwellingsAtStart'], 1e15), line: 'Boliger til disposisjon ved start: må være et helt tall fra 0 til 150\u00a0000 (fant 1000000000000000).', label: 'Boliger til disposisjon ved start' },
  { name: 'a family of 1e308 persons', doc: withValue(['housing', 'familySize'], 1e308), line: 'Personer per familiehusstand: må være et tall over 0 og høyst 50 (fant 1e+308).', label: 'Personer per familiehusstand' },
  { name: 'a block grant of 1e308 per inhabitant', doc: withValue(['blockGrant', 'perInhabitant'], 1e308), line: 'Rammetilskudd: innbyggertilskudd per innbygger og år (kr): må være et beløp fra 0 til 1\u00a0000\u00a0000 kr (fant 1e+308).', label: 'Rammetilskudd: innbyggertilskudd per innbygger og år (kr)' },
  { name: 'a grant scaled by 1e308', doc: withValue(['policy', 'grantScale', 'minors'], 1e308), line: 'Tilskudd for enslige mindreårige (%): må være en prosent fra 0 til 1\u00a0000 (fant 1e+308).', label: 'Tilskudd for enslige mindreårige (%)' },
  { name: 'a negative month weight', doc: withValue(['monthProfile', 11], -1), line: 'Vekt, desember: må være et tall fra 0 til 1\u00a0000 (fant \u22121).', label: 'Vekt, desember' },
  { name: 'an age weight as text', doc: withValue(['minors', 'ageShares', 11], 'mye'), line: '17 år: må være et tall fra 0 til 1\u00a0000 (fant "mye").', label: '17 år' },
  { name: 'a social assistance of 1e308 in year 5', doc: withValue(['costs', 'socialAssistanceByYearOfResidence', 4], 1e308), line: 'Sosialhjelp, botid år 5 (kr): må være et beløp fra 0 til 50\u00a0000\u00a0000 kr (fant 1e+308).', label: 'Sosialhjelp, botid år 5 (kr)' },
  { name: 'a release of a negative number of dwellings', doc: withValue(['housing', 'releases', 0, 'units'], -2), line: 'Boliger, tilbakelevering 1: må være et helt tall fra 0 til 10\u00a0000 (fant \u22122).', label: 'Boliger, tilbakelevering 1' },
  { name: 'an unknown field in an order', doc: withValue(['housing', 'pipeline', 0, 'price'], 1), line: 'bestilling 1: Ukjent felt: price', label: 'bestilling 1' },
];

const CASES: readonly Case[] = [...beyond, ...other];

function memoryStorage(items: Map<string, string>): SyncStorage {
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const startYearOf = (doc: Record<string, unknown>) => (typeof doc.startYear === 'number' ? doc.startYear : 0);

describe('the catalogue of bad scenarios', () => {
  it('given the catalogue, then it holds at least 100 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
  });

  describe.each(CASES.map((c) => [c.name, c] as const))('given %s', (_, c) => {
    const text = JSON.stringify(c.doc);

    it('then the command-line planner refuses the file, naming the path and the field in bokmål', () => {
      const read = readPlanScenario('plan.json', text);
      expect(read.ok).toBe(false);
      const lines = read.ok ? [] : read.lines;
      expect(lines[0]).toBe('plan.json: the scenario is not valid:');
      if (c.label !== null) expect(lines.slice(1).some((line) => line.includes(` (${c.label}): `))).toBe(true);
      expect(lines).toHaveLength(2);
    });

    it('then the import refuses the file with the line the screen shows, and adds nothing', () => {
      const read = readScenarioFile(text, () => true, '0000', {
        unknownMunicipality: nb.workspace.file.unknownMunicipality,
        unknownField: nb.workspace.file.unknownField,
        named: (found, startYear) => nameIssues(found, startYear, nb, f),
      });
      expect(read).toEqual({ ok: false, issues: [c.importLine ?? c.line] });
    });

    it('then the share link is refused with the same line', () => {
      const read = readShareLink(`#/delt?s=${lzString.compressToEncodedURIComponent(text)}`);
      expect(read.ok).toBe(false);
      const lines = read.ok === false && read.reason === 'invalid' ? nameIssues(read.found, read.startYear, nb, f) : [];
      expect(lines).toEqual([c.line]);
      expect(read.ok === false && read.reason === 'invalid' ? read.startYear : null).toBe(startYearOf(c.doc) >= 2000 && startYearOf(c.doc) <= 2100 ? startYearOf(c.doc) : 0);
    });

    it('then stored, it is reported by name and kept for download, and the good scenario opens unchanged', () => {
      const raw = JSON.stringify({
        state: {
          scenarios: [
            { id: 'good', scenario: GOOD, shelvedYears: [] },
            { id: 'bad', scenario: c.doc, shelvedYears: [] },
          ],
          currentId: 'good',
          baselineId: null,
          ui: { locale: 'nb', showZeroLines: false },
        },
        version: 2,
      });
      const items = new Map([[STORAGE_KEY, raw]]);
      const state = createAppStore({ today: new Date('2026-03-15T12:00:00Z'), storage: memoryStorage(items), tabStorage: memoryStorage(new Map()) }).getState();
      const name = typeof c.doc.name === 'string' ? c.doc.name : null;
      expect(state.scenarios.map((e) => e.id)).toEqual(['good']);
      expect(state.scenario.years[0]?.singleAdults).toBe(5);
      expect(state.storageNotice?.dropped).toEqual([{ position: 2, name }]);
      expect(storedIssueLines(state.storageNotice?.issues ?? [], nb, formatter('nb'))).toEqual([nb.inputs.limit.inScenario(2, name, c.line)]);
      expect(items.get(DAMAGED_KEY)).toBe(raw);
    });
  });

  it('given a valid file, then every reader accepts it (the catalogue cases fail for their one fault)', () => {
    const text = JSON.stringify(base());
    const read = readPlanScenario('plan.json', text);
    expect(read.ok && planMunicipality('plan.json', read.scenario, [{ code: '0301', name: 'Oslo', county: 'Oslo', population: 1 }]).ok).toBe(true);
    expect(readShareLink(`#/delt?s=${lzString.compressToEncodedURIComponent(text)}`).ok).toBe(true);
  });
});
