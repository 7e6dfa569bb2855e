/**
 * The command-line planner: `npm run plan -- <scenario.json> [--format table|json|csv]`, and with
 * `--predictability` the comparison of a multi-year commitment with the yearly negotiation.
 * Prints the projection of a scenario file (the app's format, README "Scenario files") with the
 * same engine and reference data as the app. A bad file or argument exits with status 1 and a
 * message naming the problem, never a stack trace.
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

function fail(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  if (!args.ok) fail([args.error, USAGE]);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let text: string;
  try {
    // The app's cap: a file larger than this is not a scenario file.
    if ((await stat(args.file)).size > MAX_SCENARIO_FILE_BYTES) fail([`${args.file}: the file is larger than 1 MB and is not a scenario file`]);
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail([`${args.file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? 'unknown error')})`]);
  }
  const parsed = readPlanScenario(args.file, text);
  if (!parsed.ok) fail(parsed.lines);
  const reference = await readReferenceBundleFromDisk(args.dataDir ?? DATA_DIR);
  if (!reference.ok) fail(['The reference data could not be read:', ...reference.errors.map((e) => `  ${e}`)]);
  const chosen = planMunicipality(args.file, parsed.scenario, reference.data.municipalities);
  if (!chosen.ok) fail(chosen.lines);
  const { municipality } = chosen;
  if (args.predictability) {
    process.stdout.write(renderPredictability(args.format, parsed.scenario, reference.data.reference, reference.data.nationalRecord.years, args.predictability));
    return;
  }
  const projection = projectScenario(parsed.scenario, reference.data.reference);
  process.stdout.write(renderProjection(args.format, parsed.scenario, municipality, projection, reference.data.reference.edition));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  fail([`Unexpected error: ${error instanceof Error ? error.message : String(error)}`]);
});
