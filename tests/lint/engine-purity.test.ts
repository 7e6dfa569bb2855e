import { ESLint } from 'eslint';

/** The linter keeps src/engine pure (docs/architecture.md#the-layers): each reach outside is an error. */
describe('engine purity lint', () => {
  const eslint = new ESLint();
  const errorsFor = async (code: string, filePath = 'src/engine/example.ts') => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", 'no-restricted-imports'],
    ["import { create } from 'zustand';\nexport const x = create;", 'no-restricted-imports'],
    ["import { readFile } from 'node:fs';\nexport const x = readFile;", 'no-restricted-imports'],
    ["import { x as y } from '../store/state';\nexport const x = y;", 'no-restricted-imports'],
    ['export const x = () => fetch("/data");', 'no-restricted-globals'],
    ['export const x = () => window.innerWidth;', 'no-restricted-globals'],
    ['export const x = () => Math.random();', 'no-restricted-properties'],
    ['export const x = () => Date.now();', 'no-restricted-properties'],
    ['export const x = () => new Date();', 'no-restricted-syntax'],
  ])('given engine code `%s`, then the linter reports %s', async (code, rule) => {
    expect(await errorsFor(code)).toContain(rule);
  }, 30_000);

  it('given pure engine code with a date built from the scenario, then the linter is silent', async () => {
    expect(await errorsFor("import { addMonths } from 'date-fns';\nexport const x = (y: number) => addMonths(new Date(y, 0, 1), 1);")).toEqual([]);
  }, 30_000);

  it('given the same impure code outside the engine, then the purity rules do not apply', async () => {
    expect(await errorsFor('export const x = () => Math.random();', 'src/features/example.ts')).toEqual([]);
  }, 30_000);
});
