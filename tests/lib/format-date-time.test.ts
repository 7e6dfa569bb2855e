import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/lib/format';

const morning = new Date(2026, 11, 3, 9, 5);

describe('a date and time of day, in the UI language', () => {
  it('given bokmål and nynorsk, then the day, month name, year and «kl.» with a point between hours and minutes', () => {
    expect(formatter('nb').formatDateTime(morning)).toBe('3. desember 2026 kl.\u00a009.05');
    expect(formatter('nn').formatDateTime(morning)).toBe('3. desember 2026 kl.\u00a009.05');
  });

  it('given English, then the day, month, year and the time with a colon', () => {
    expect(formatter('en').formatDateTime(new Date(2026, 0, 14, 17, 30))).toBe('14 January 2026, 17:30');
  });
});
