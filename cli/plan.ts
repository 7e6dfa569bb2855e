/**
 * The command-line planner: `npm run plan -- <scenario.json> [--format table|json|csv]`, and with
 * `--predictability` the comparison of a multi-year commitment with the yearly negotiation.
 * Prints the projection of a scenario file (the app's format, README "Scenario files") with the
 * same engine and reference data as the app. A bad file or argument exits with status 1 and a
 * message naming the problem, never a stack trace (cli/run-plan.ts does the work).
 */
import { runPlan } from './run-plan';

const run = await runPlan(process.argv.slice(2));
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.status;
