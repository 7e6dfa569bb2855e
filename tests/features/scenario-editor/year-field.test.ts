import { describe, expect, it } from 'vitest';
import { validateYearField } from '../../../src/features/scenario-editor/year-field';
import { en } from '../../../src/i18n/en';
import { nb } from '../../../src/i18n/nb';
import { formatter } from '../../../src/lib/format';

describe('a grid cell as typed', () => {
  it.each([
    ['12', { ok: true, value: 12 }],
    [' 1 200 ', { ok: true, value: 1200 }],
    ['1.000', { ok: true, value: 1000 }],
    ['1,000', { ok: true, value: 1000 }],
    ['', { ok: true, value: 0 }],
    ['-3', { ok: false, message: 'Kan ikke være negativt.' }],
    ['2,5', { ok: false, message: 'Må være et helt antall.' }],
    ['10 000', { ok: true, value: 10_000 }],
    ['10 001', { ok: false, message: 'Må være høyst 10 000.' }],
    ['2 000 000', { ok: false, message: 'Må være høyst 10 000.' }],
    ['tolv', { ok: false, message: 'Skriv et tall, for eksempel 12.' }],
  ] as const)('given "%s" for single adults, then %j', (text, expected) => {
    const check = validateYearField('singleAdults', text, nb.inputs.check);
    expect(check.ok ? check : { ...check, message: check.message.replace(/\u00a0/g, ' ') }).toEqual(expected);
  });

  it('given an empty request, then the request is not set (null), not zero', () => {
    expect(validateYearField('request', '', nb.inputs.check)).toEqual({ ok: true, value: null });
  });

  it('given English, then the messages are English', () => {
    expect(validateYearField('children', '-3', en.inputs.check, formatter('en'))).toEqual({ ok: false, message: 'Cannot be negative.' });
  });
});
