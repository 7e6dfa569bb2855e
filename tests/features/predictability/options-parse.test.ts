import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseOptionsForm, toForm } from '../../../src/features/predictability';

describe('the options form', () => {
  it('given the defaults shown in the form, then reading the form back gives them, the period left empty for the plan\'s own', () => {
    const parsed = parseOptionsForm(toForm(DEFAULT_OPTIONS), 10);
    expect(parsed).toEqual({ ok: true, options: DEFAULT_OPTIONS });
  });

  it('given "1 200" paths, an empty commitment and own requests typed with spaces, then whole numbers and null for the empty field', () => {
    const form = toForm(DEFAULT_OPTIONS);
    const parsed = parseOptionsForm({ fields: { ...form.fields, paths: '1 200', commitmentPerYear: '' }, ownRequests: { 2024: '1 000', 2025: '' } }, 10);
    expect(parsed.ok && parsed.options.paths).toBe(1_200);
    expect(parsed.ok && parsed.options.commitmentPerYear).toBeNull();
    expect(parsed.ok && parsed.options.ownRequests).toEqual([{ year: 2024, request: 1_000 }]);
  });

  it('given too few paths, a period longer than the plan and a request that is not a number, then each field says what it takes', () => {
    const form = toForm(DEFAULT_OPTIONS);
    const parsed = parseOptionsForm({ fields: { ...form.fields, paths: '50', commitmentYears: '11' }, ownRequests: { 2025: 'mange' } }, 10);
    expect(parsed).toEqual({
      ok: false,
      errors: {
        paths: { kind: 'range', min: 100, max: 100_000 },
        commitmentYears: { kind: 'optionalRange', min: 1, max: 10 },
        request2025: { kind: 'optionalRange', min: 0, max: 100_000 },
      },
    });
  });
});
