/**
 * The command-line planner's work, without the process around it (cli/plan.ts): the arguments
 * in, what to print and the exit status out. A bad file or argument gives status 1 and a message
 * naming the problem, never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectScenario } from '../src/engine';
import { readReferenceBundleFromDisk } from '../src/reference/load-node';
import { MAX_SCENARIO_FILE_BYTES } from '../src/scenario/parse';
import { renderPredictability } from './predictability';
import { planMunicipality, readPlanScenario } from './read-plan';
import { parseArgs, renderProjection, USAGE } from './render';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data');

/** What a run prints to standard output and standard error, and its exit status. */
export interface PlanRun {
  readonly status: 0 | 1;
  readonly stdout: string;
  readonly stderr: string;
}

/** A run that stops with status 1 and these lines on standard error. */
class PlanFailure {
  constructor(readonly lines: readonly string[]) {}
}

function fail(lines: readonly string[]): never {
  throw new PlanFailure(lines);
}

/** The message for a scenario file that cannot be read. */
function cannotRead(file: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  return fail([`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? 'unknown error')})`]);
}

async function readScenarioText(file: string): Promise<string> {
  const { size } = await stat(file).catch((error: unknown) => cannotRead(file, error));
  // The app's cap: a file larger than this is not a scenario file.
  if (size > MAX_SCENARIO_FILE_BYTES) fail([`${file}: the file is larger than 1 MB and is not a scenario file`]);
  return readFile(file, 'utf8').catch((error: unknown) => cannotRead(file, error));
}

/** What the planner prints for these arguments (standard output), or a PlanFailure. */
async function plan(argv: readonly string[]): Promise<string> {
  const args = parseArgs(argv);
  if (!args.ok) fail([args.error, USAGE]);
  if (args.help) return `${USAGE}\n`;
  const parsed = readPlanScenario(args.file, await readScenarioText(args.file));
  if (!parsed.ok) fail(parsed.lines);
  const reference = await readReferenceBundleFromDisk(args.dataDir ?? DATA_DIR);
  if (!reference.ok) fail(['The reference data could not be read:', ...reference.errors.map((e) => `  ${e}`)]);
  const chosen = planMunicipality(args.file, parsed.scenario, reference.data.municipalities);
  if (!chosen.ok) fail(chosen.lines);
  if (args.predictability) return renderPredictability(args.format, parsed.scenario, reference.data.reference, reference.data.nationalRecord.years, args.predictability);
  const projection = projectScenario(parsed.scenario, reference.data.reference);
  return renderProjection(args.format, parsed.scenario, chosen.municipality, projection, reference.data.reference.edition);
}

/** Runs the planner on these arguments (those after `plan.ts`). */
export async function runPlan(argv: readonly string[]): Promise<PlanRun> {
  try {
    return { status: 0, stdout: await plan(argv), stderr: '' };
  } catch (error) {
    const lines = error instanceof PlanFailure ? error.lines : [`Unexpected error: ${error instanceof Error ? error.message : String(error)}`];
    return { status: 1, stdout: '', stderr: lines.map((line) => `${line}\n`).join('') };
  }
}
