import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/engine';
import { readCircular } from '../../../src/features/rates/circular-parse';
import { circularSource, previewRows } from '../../../src/features/rates/circular-store';
import type { RateRow } from '../../../src/report/rate-rows';
import { nb } from '../../../src/i18n/nb';

const TITLE = 'IMDi, rundskriv «Tilskudd til kommunene ved bosetting av flyktninger» 2027';

const row = (path: RateRow['path'], figure: Figure): RateRow => ({ path, code: null, figure, reference: figure, override: null });

describe('storing what was read from the circular', () => {
  it('given a document title and a date from the date field, then the source is the title with the date written in bokmål', () => {
    expect(circularSource(`  ${TITLE} `, '2027-01-12', nb.circular)).toEqual({
      ok: true,
      text: `${TITLE}, 12. januar 2027`,
      errors: { title: null, date: null },
    });
    expect(circularSource(TITLE, '', nb.circular).text).toBe(TITLE);
  });

  it('given an empty title, a day that does not exist or a source over 200 characters, then each is refused with the message for its field', () => {
    expect(circularSource(' ', '', nb.circular).errors).toEqual({ title: nb.circular.titleRequired, date: null });
    expect(circularSource(TITLE, '2027-02-30', nb.circular)).toMatchObject({ ok: false, errors: { title: null, date: nb.circular.dateInvalid } });
    // 190 characters + ", 12. januar 2027" (17) = 207 > 200.
    expect(circularSource('x'.repeat(190), '2027-01-12', nb.circular).errors.title).toBe(nb.circular.sourceTooLong);
  });

  it('given a read figure equal to a verified one, then it is shown but not stored; a different or estimated one is stored', () => {
    const reading = readCircular('Integreringstilskudd\nEnslige voksne 235 000 kr\nVoksne 190 000 kr\nBarn 185 000 kr', 2017);
    const rows = [
      row('integration.year1SingleAdult', { value: 235_000, status: 'verified', source: { kind: 'text', text: 'IMDi 2017' } }),
      row('integration.year1AdultInFamily', { value: 185_000, status: 'verified', source: { kind: 'text', text: 'IMDi 2017' } }),
      row('integration.year1Child', { value: 185_000, status: 'estimated', source: { kind: 'text', text: 'x' } }),
    ];
    // 190 000 − 185 000 = +5 000; the estimated child rate is stored even though equal.
    expect(previewRows(reading, rows).map((p) => [p.read.path, p.difference, p.store])).toEqual([
      ['integration.year1SingleAdult', 0, false],
      ['integration.year1AdultInFamily', 5_000, true],
      ['integration.year1Child', 0, true],
    ]);
  });
});
