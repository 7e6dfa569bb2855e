import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import type { ReferenceBundle } from '../../src/reference/load';

const DATA_DIR = decodeURIComponent(new URL('../../public/data/', import.meta.url).pathname);

async function load(): Promise<ReferenceBundle> {
  const result = await readReferenceBundleFromDisk(DATA_DIR);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.data;
}

describe('the reference files in public/data', () => {
  it('given the built files, then all three parse without errors', async () => {
    const result = await readReferenceBundleFromDisk(DATA_DIR);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('given the municipality list, then it has 357 entries with Herøy and Våler twice in different counties', async () => {
    const { municipalities } = await load();
    expect(municipalities).toHaveLength(357);
    const heroy = municipalities.filter((m) => m.name === 'Herøy');
    const valer = municipalities.filter((m) => m.name === 'Våler');
    expect(heroy.map((m) => [m.code, m.county])).toEqual([
      ['1515', 'Møre og Romsdal'],
      ['1818', 'Nordland'],
    ]);
    expect(valer.map((m) => [m.code, m.county])).toEqual([
      ['3114', 'Østfold'],
      ['3419', 'Innlandet'],
    ]);
  });

  it('given the rates file, then rates and G cover 2016–2045 and the 2017 year-1 single-adult rate is 235 000', async () => {
    const { reference } = await load();
    expect(reference.edition).toBe('2026-12');
    expect(reference.rates.map((r) => r.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2016 + i));
    expect(reference.g.map((g) => g.year)).toEqual(Array.from({ length: 30 }, (_, i) => 2016 + i));
    expect(reference.rates[1]?.integration.year1SingleAdult.value).toBe(235_000);
    expect(reference.housingGrantPerUnit.oslo.value).toBe(1_696_000);
  });

  it('given the zones, then Oslo is oslo, Bergen large-city and an unnamed municipality other', async () => {
    const { zoneByMunicipality } = await load();
    expect(Object.keys(zoneByMunicipality)).toHaveLength(357);
    expect(zoneByMunicipality['0301']).toBe('oslo');
    expect(zoneByMunicipality['4601']).toBe('large-city');
    expect(zoneByMunicipality['1101']).toBe('other');
  });

  it('given the national record, then 2023 settled is a partial 33 000 and 2025 settled unknown', async () => {
    const { nationalRecord } = await load();
    expect(nationalRecord.years.map((y) => y.year)).toEqual(Array.from({ length: 11 }, (_, i) => 2015 + i));
    expect(nationalRecord.years[8]).toMatchObject({ year: 2023, settled: 33_000, settledIsPartial: true });
    expect(nationalRecord.years[7]).toMatchObject({ year: 2022, decided: null, request: 5_500, revisedTo: 35_000 });
    expect(nationalRecord.years[10]).toMatchObject({ year: 2025, settled: null });
    expect(nationalRecord.unaccompaniedMinorsSettled.map((y) => y.settled)).toEqual([691, 1_599, 759, 194, 137]);
  });
});
