import { readFileSync } from 'node:fs';
import { projectScenario } from '../../src/engine';
import { readReferenceBundleFromDisk } from '../../src/reference/load-node';
import { parseScenarioText } from '../../src/scenario/parse';
import { line } from '../builders';

/** The golden ten-year scenario; every number checked apart from the engine in golden/golden.md. */
describe('golden scenario: Kongsberg 2017–2026 on the real reference data', async () => {
  const loaded = await readReferenceBundleFromDisk('public/data');
  const parsed = parseScenarioText(readFileSync('tests/engine/golden/kongsberg-2017.json', 'utf8'));
  if (!loaded.ok || !parsed.ok) throw new Error('golden inputs do not load');
  const p = projectScenario(parsed.scenario, loaded.data.reference);

  it('given the golden scenario, then income per year equals the hand-checked table', () => {
    expect(p.budget.years.map((y) => y.income)).toEqual([
      17_910_701, 28_795_477, 32_695_016, 30_036_024, 29_244_520, 42_328_313, 65_931_815, 81_305_748, 77_863_184, 69_080_633,
    ]);
  });

  it('given the golden scenario, then cost per year equals the hand-checked table', () => {
    expect(p.budget.years.map((y) => y.cost)).toEqual([
      8_427_662, 12_466_416, 14_332_236, 14_088_518, 13_694_756, 23_373_772, 37_795_286, 49_383_735, 48_154_787, 42_235_055,
    ]);
  });

  it('given the golden scenario, then the lines worked out by hand in golden.md hold', () => {
    expect(line(p.grants, 'integrationYear1SingleAdult')[0]).toBe(4_700_000);
    expect(line(p.grants, 'minorsYoungBand')[0]).toBe(2_369_163);
    expect(line(p.grants, 'highNeedsTier2')[0]).toBe(400_000);
    expect(line(p.grants, 'integrationYear2')[1]).toBe(14_845_248);
    expect(line(p.grants, 'integrationYear1AdultInFamily')[1]).toBe(1_585_879);
    expect(line(p.grants, 'aboveRequest')[6]).toBe(250_000);
    expect(line(p.costs, 'introductionBenefit')).toEqual([
      1_904_162, 5_196_466, 5_851_869, 5_365_118, 4_729_956, 7_068_872, 13_884_086, 19_224_935, 18_797_587, 14_705_755,
    ]);
    expect(line(p.costs, 'emergencyHousing')).toEqual([0, 0, 426_800, 1_187_400, 1_771_800, 4_182_900, 6_686_700, 11_421_300, 13_330_200, 13_801_800]);
  });

  it('given the golden scenario, then the economy plan 2017–2020 sums its first four years and rests on estimates', () => {
    expect(p.budget.economyPlan).toEqual({
      fromYear: 2017,
      toYear: 2020,
      income: 109_437_218,
      cost: 49_314_832,
      net: 60_122_386,
      estimated: true,
      // The grants of 2018–2020 rest on estimated rates; the introduction benefit on G, known for 2017–2020.
      incomeEstimated: true,
      costEstimated: false,
    });
    // The 2018 single-adult rate is known from NRK Sørlandet 2018 (secondary); 2019 is estimated.
    expect(p.grants.find((l) => l.id === 'integrationYear1SingleAdult')?.status.slice(0, 3)).toEqual(['verified', 'secondary', 'estimated']);
  });
});
