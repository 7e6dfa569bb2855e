import { ESLint } from 'eslint';

/**
 * The folders import one way (eslint.config.js, issue 13): each import below crosses a layer
 * the wrong way and the linter reports it; the allowed ones pass.
 */
describe('layer lint', () => {
  const eslint = new ESLint();
  const messagesFor = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result?.messages ?? [];
  };

  it.each([
    ['a feature importing another feature', 'src/features/forecast/example.ts', "import { Compare } from '../compare';"],
    ['a feature importing another feature by the long way', 'src/features/forecast/example.ts', "import { Compare } from '../../features/compare/compare';"],
    ['a shared component importing the store', 'src/components/example.tsx', "import { useAppStore } from '../store';"],
    ['a chart component importing the store', 'src/components/charts/example.ts', "import { useAppStore } from '../../store';"],
    ['a shared component importing a store hook', 'src/components/example.tsx', "import { useScenarioEdit } from '../hooks/use-scenario-edit';"],
    ['a shared component importing a feature', 'src/components/example.tsx', "import { Forecast } from '../features/forecast';"],
    ['the engine importing the report', 'src/engine/example.ts', "import { budgetRows } from '../report/budget-rows';"],
    ['a feature importing deep into the engine', 'src/features/forecast/example.ts', "import { projectScenario } from '../../engine/project';"],
    ['the report importing deep into the engine', 'src/report/example.ts', "import { projectScenario } from '../engine/project';"],
    ['the CLI importing deep into the engine', 'cli/example.ts', "import { projectScenario } from '../src/engine/project';"],
    ['the report importing the store', 'src/report/example.ts', "import { useAppStore } from '../store';"],
    ['a data reader importing the report', 'src/scenario/example.ts', "import { budgetRows } from '../report/budget-rows';"],
    ['lib importing the strings', 'src/lib/example.ts', "import { nb } from '../i18n';"],
    ['the strings importing the store', 'src/i18n/example.ts', "import { useAppStore } from '../store';"],
    ['the strings importing the report', 'src/i18n/en/example.ts', "import { budgetRows } from '../../report/budget-rows';"],
    ['the store importing an i18n hook', 'src/store/example.ts', "import { useMessages } from '../i18n/use-messages';"],
    ['the store importing a feature', 'src/store/example.ts', "import { Forecast } from '../features/forecast';"],
    ['the CLI importing a screen', 'cli/example.ts', "import { Forecast } from '../src/features/forecast';"],
  ])('given %s (%s: %s), then the linter reports it', async (_what, filePath, line) => {
    const messages = await messagesFor(filePath, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`);
    expect(messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  }, 30_000);

  it.each([
    [
      'a feature using the engine entry, the store, shared components, the report, the strings and its own files',
      'src/features/forecast/example.ts',
      "import { projectScenario } from '../../engine';\nimport { useAppStore } from '../../store';\nimport { ChartFrame } from '../../components/chart-frame';\nimport { budgetRows } from '../../report/budget-rows';\nimport { useMessages } from '../../i18n/use-messages';\nimport { BudgetTable } from './budget-table';\nexport const used = [projectScenario, useAppStore, ChartFrame, budgetRows, useMessages, BudgetTable];\n",
    ],
    [
      'the report using the engine entry, the strings and lib',
      'src/report/example.ts',
      "import { projectScenario } from '../engine';\nimport { nb } from '../i18n';\nimport { formatter } from '../lib/format';\nexport const used = [projectScenario, nb, formatter];\n",
    ],
    [
      'a shared component using the report and the language',
      'src/components/charts/example.ts',
      "import { budgetRows } from '../../report/budget-rows';\nimport { useMessages } from '../../i18n/use-messages';\nimport { niceAxis } from '../../lib/nice-axis';\nexport const used = [budgetRows, useMessages, niceAxis];\n",
    ],
  ])('given %s, then the linter is silent', async (_what, filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  }, 30_000);
});

/** Mocking a module belongs in an isolated file (eslint.config.js, vite.config.ts): the jsdom files share their modules. */
describe('module mocks lint', () => {
  const eslint = new ESLint();
  const code = "import { vi } from 'vitest';\nvi.mock('../../src/store/restore');\n";
  const rules = async (filePath: string) => ((await eslint.lintText(code, { filePath }))[0]?.messages ?? []).map((m) => m.ruleId);

  it('given vi.mock in a test file of the shared jsdom projects, then the linter reports it', async () => {
    expect(await rules('tests/features/example.test.tsx')).toContain('no-restricted-syntax');
    expect(await rules('tests/store/example.test.ts')).toContain('no-restricted-syntax');
  }, 30_000);

  it('given vi.mock in a *.mock.test file, then the linter is silent', async () => {
    expect(await rules('tests/store/example.mock.test.ts')).toEqual([]);
  }, 30_000);
});
