import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, DAMAGED_KEY, STORAGE_KEY } from '../../src/store';
import type * as restore from '../../src/store/restore';
import { restoreState } from '../../src/store/restore';
import { nb } from '../../src/i18n/nb';
import { formatter } from '../../src/lib/format';
import { storedIssueLines } from '../../src/report/stored-issues';

// The store's own reader, wrapped so that a test can make it fail once, as a fault in it would.
vi.mock('../../src/store/restore', async (importOriginal) => {
  const actual = await importOriginal<typeof restore>();
  return { ...actual, restoreState: vi.fn(actual.restoreState) };
});

const today = new Date('2026-03-15T12:00:00Z');

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('a fault while reading the stored state', () => {
  it('given a stored plan and a reader that throws, then the stored text is kept aside, the notice says the app could not read it, and an edit does not touch the kept text', () => {
    const first = createAppStore({ today });
    first.getState().setYearField(0, 'singleAdults', 12);
    const text = localStorage.getItem(STORAGE_KEY);
    expect(text).toContain('"singleAdults":12');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(restoreState).mockImplementationOnce(() => {
      throw new Error('a fault in the reader');
    });

    const second = createAppStore({ today });
    const notice = second.getState().storageNotice;
    expect(notice).toMatchObject({ keptUnder: DAMAGED_KEY, text, issues: [{ kind: 'notRead' }] });
    expect(storedIssueLines(notice?.issues ?? [], nb, formatter('nb'))).toEqual(['Appen klarte ikke å lese de lagrede dataene (en feil i appen).']);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(text);
    expect(errors).toHaveBeenCalledTimes(1);

    second.getState().setYearField(0, 'singleAdults', 3);
    expect(localStorage.getItem(DAMAGED_KEY)).toBe(text);
  });
});
