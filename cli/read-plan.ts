import type { Municipality, Scenario } from '../src/engine';
import { nb } from '../src/i18n/nb';
import { formatter } from '../src/lib/format';
import { cliIssues } from '../src/report/field-names';
import { parseScenarioText, rawStartYear } from '../src/scenario/parse';
import { NO_MUNICIPALITY } from '../src/store/limits';

/** A scenario file read for planning: the scenario, or the lines to print. */
export type PlanRead = { ok: true; scenario: Scenario } | { ok: false; lines: string[] };

/** The scenario's municipality, or the lines to print. */
export type PlanMunicipality = { ok: true; municipality: Municipality } | { ok: false; lines: string[] };

function startYearOf(text: string): number {
  try {
    return rawStartYear(JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text));
  } catch {
    return 0;
  }
}

/**
 * Reads the text of scenario file `file` as the command-line planner does: the format's checks,
 * each problem with its path and the field as the app's screen names it in bokmål
 * (`years[2].singleAdults (Enslige voksne, 2028): must be …`).
 */
export function readPlanScenario(file: string, text: string): PlanRead {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) {
    const lines = cliIssues(parsed.found, startYearOf(text), nb, formatter('nb'), parsed.issues);
    return { ok: false, lines: [`${file}: the scenario is not valid:`, ...lines.map((line) => `  ${line}`)] };
  }
  return { ok: true, scenario: parsed.scenario };
}

/** The municipality of a scenario read by `readPlanScenario`: one must be chosen, and known. */
export function planMunicipality(file: string, scenario: Scenario, municipalities: readonly Municipality[]): PlanMunicipality {
  const code = scenario.municipalityCode;
  if (code === NO_MUNICIPALITY) {
    return { ok: false, lines: [`${file}: municipalityCode: no municipality chosen ("${NO_MUNICIPALITY}"); choose one in the app, or write its four-digit 2024 code`] };
  }
  const municipality = municipalities.find((m) => m.code === code);
  if (!municipality) return { ok: false, lines: [`${file}: municipalityCode: no municipality has the code "${code}" (2024 codes)`] };
  return { ok: true, municipality };
}
