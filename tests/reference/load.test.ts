import * as z from 'zod';
import municipalitiesJson from '../../public/data/municipalities.json';
import nationalRecordJson from '../../public/data/national-record.json';
import ratesJson from '../../public/data/rates.json';
import ratesV1Json from './fixtures/rates-edition-2026-11.json';
import type { FetchLike } from '../../src/reference/load';
import { fetchReferenceBundle, parseReferenceBundle } from '../../src/reference/load';
import { formatPath, parseWithIssues } from '../../src/lib/zod-issues';

type Path = readonly (string | number)[];

/** A deep copy of `value` with the thing at `path` set to `to` (or deleted when `to` is undefined). */
function damaged(value: unknown, path: Path, to?: unknown): unknown {
  const copy: unknown = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (to === undefined) delete node[last];
  else node[last] = to;
  return copy;
}

const good = { rates: ratesJson, nationalRecord: nationalRecordJson, municipalities: municipalitiesJson };

function errorsOf(raw: Parameters<typeof parseReferenceBundle>[0]): string[] {
  const result = parseReferenceBundle(raw);
  return result.ok ? [] : result.errors;
}

describe('parseReferenceBundle', () => {
  it('given the three good files, then it returns the bundle', () => {
    const result = parseReferenceBundle(good);
    expect(result.ok).toBe(true);
  });

  it('given the rates file of edition 2026-11 (version 1, sources as text), then it opens with its sources kept as written', () => {
    const result = parseReferenceBundle({ ...good, rates: ratesV1Json });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const year2 = result.data.reference.rates.find((t) => t.year === 2026)?.integration.year2;
    // Version 1 indexed year 2 by G from 2017 and stated no range: the range is the value itself.
    expect(year2).toEqual({
      value: 332_057,
      status: 'estimated',
      source: { kind: 'text', text: 'estimated: 2017 rate indexed by G' },
      low: 332_057,
      high: 332_057,
    });
    expect(result.data.reference.integrationFrozenYears).toEqual([]);
  });

  it('given an estimated rate without its range, then the error says low and high are expected', () => {
    const rates = damaged(ratesJson, ['rates', 10, 'integration', 'year2', 'low']);
    expect(errorsOf({ ...good, rates })).toEqual(['rates.json: rates[10].integration.year2.low: expected low and high beside an estimated value']);
  });

  it('given a negative rate, then the error names the file, the path and the value', () => {
    const rates = damaged(ratesJson, ['rates', 3, 'elderly', 'value'], -5);
    expect(errorsOf({ ...good, rates })).toEqual([
      'rates.json: rates[3].elderly.value: expected a whole number ≥ 0, got -5',
    ]);
  });

  it('given a missing field, then the error says it is missing', () => {
    const nationalRecord = damaged(nationalRecordJson, ['years', 2, 'request']);
    expect(errorsOf({ ...good, nationalRecord })).toEqual([
      'national-record.json: years[2].request: expected a whole number ≥ 0, got nothing (the field is missing)',
    ]);
  });

  it('given a wrong status, then the error lists the five statuses', () => {
    const rates = damaged(ratesJson, ['rates', 0, 'integration', 'year2', 'status'], 'guessed');
    expect(errorsOf({ ...good, rates })).toEqual([
      'rates.json: rates[0].integration.year2.status: expected one of verified, secondary, derived, estimated, user-entered, got "guessed"',
    ]);
  });

  it('given a gap in the years, then the error points at the year after the gap', () => {
    const rates = damaged(ratesJson, ['rates', 5, 'year'], 2030);
    expect(errorsOf({ ...good, rates })).toContain(
      'rates.json: rates[5].year: expected 2021 (years in order, one entry a year, no gaps), got 2030',
    );
  });

  it('given no G for the last rate year, then the error names the missing year', () => {
    const rates = damaged(ratesJson, ['g'], ratesJson.g.slice(0, 29));
    expect(errorsOf({ ...good, rates })).toEqual([
      'rates.json: g: expected G for every rate year, missing 2045',
    ]);
  });

  it('given a duplicate municipality code and a zone for an unknown code, then both are reported', () => {
    const municipalities = damaged(municipalitiesJson, ['municipalities', 1, 'code'], '0301');
    expect(errorsOf({ ...good, municipalities })).toEqual([
      'municipalities.json: municipalities[1].code: expected a unique code, got "0301"',
    ]);
    const rates = damaged(ratesJson, ['zoneByMunicipality', '9999'], 'city');
    expect(errorsOf({ ...good, rates })).toEqual([
      'rates.json: zoneByMunicipality["9999"]: no municipality with this code in municipalities.json',
    ]);
  });

  it('given files that are not objects at all, then every file gets an error and nothing throws', () => {
    const errors = errorsOf({ rates: null, nationalRecord: [], municipalities: 'x' });
    expect(errors).toEqual([
      'rates.json: (top level): expected an object, got null',
      'national-record.json: (top level): expected an object, got a list of 0',
      'municipalities.json: (top level): expected an object, got "x"',
    ]);
  });
});

describe('fetchReferenceBundle', () => {
  const bodies: Record<string, string> = {
    '/app/data/rates.json': JSON.stringify(ratesJson),
    '/app/data/national-record.json': JSON.stringify(nationalRecordJson),
    '/app/data/municipalities.json': JSON.stringify(municipalitiesJson),
  };
  const stub =
    (overrides: Record<string, { status: number; body: string }>): FetchLike =>
    (url) => {
      const hit = overrides[url] ?? { status: 200, body: bodies[url] ?? '' };
      return Promise.resolve({
        ok: hit.status >= 200 && hit.status < 300,
        status: hit.status,
        statusText: hit.status === 404 ? 'Not Found' : 'OK',
        text: () => Promise.resolve(hit.body),
      });
    };

  it('given a base URL and three good responses, then it returns the bundle', async () => {
    const result = await fetchReferenceBundle('/app/', stub({}));
    expect(result.ok && result.data.municipalities.length).toBe(357);
  });

  it('given a 404 and a broken body, then each error names its file', async () => {
    const result = await fetchReferenceBundle(
      '/app/',
      stub({
        '/app/data/national-record.json': { status: 404, body: '' },
        '/app/data/municipalities.json': { status: 200, body: '{"schemaVersion":' },
      }),
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe('national-record.json: request failed with HTTP 404 Not Found');
    expect(errors[1]).toMatch(/^municipalities\.json: not valid JSON \(/);
  });

  it('given a network failure, then the error names the file and does not throw', async () => {
    const failing: FetchLike = () => Promise.reject(new Error('offline'));
    const result = await fetchReferenceBundle('/app', failing);
    expect(result.ok ? [] : result.errors).toEqual([
      'rates.json: request failed (offline)',
      'national-record.json: request failed (offline)',
      'municipalities.json: request failed (offline)',
    ]);
  });
});

describe('formatIssues', () => {
  it('given a nested path, then it reads years[2].singleAdults', () => {
    expect(formatPath(['years', 2, 'singleAdults'])).toBe('years[2].singleAdults');
    expect(formatPath([])).toBe('(top level)');
  });

  it('given a schema without its own messages, then the line has a plain message and the value', () => {
    const schema = z.object({ years: z.array(z.object({ singleAdults: z.number().min(0) })) });
    const outcome = parseWithIssues(schema, { years: [{ singleAdults: 1 }, { singleAdults: 2 }, { singleAdults: -1 }] });
    expect(outcome).toEqual({
      ok: false,
      issues: ['years[2].singleAdults: expected at least 0, got -1'],
      found: [{ path: ['years', 2, 'singleAdults'], code: 'too_small', message: 'expected at least 0', input: -1 }],
    });
  });
});
