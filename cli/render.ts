import type { Municipality, Projection, Scenario } from '../src/engine';
import { nb } from '../src/i18n/nb';
import { budgetRows, hasValue } from '../src/report/budget-rows';
import { investmentRows } from '../src/report/investment-rows';
import { yearFigures } from '../src/report/comparison';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = [
  'Usage: npm run plan -- <scenario.json> [--format table|json|csv] [--data <dir>]',
  '       npm run plan -- <scenario.json> --predictability [--paths N] [--seed S] [--volatility X]',
  '                       [--commitment C] [--band B] [--years K] [--format table|json]',
].join('\n');

/** The comparison's settings on the command line (`--predictability`); null where not asked for. */
export interface PredictabilityArgs {
  readonly paths: number;
  readonly seed: number;
  readonly volatility: number;
  readonly commitment: number | null;
  readonly band: number;
  readonly years: number | null;
}

export type Args =
  | { ok: true; help: boolean; file: string; format: Format; dataDir: string | null; predictability: PredictabilityArgs | null }
  | { ok: false; error: string };

/** Each number option: its bounds and whether it must be whole. */
const NUMBER_OPTIONS = {
  '--paths': { key: 'paths', min: 1, max: 100_000, whole: true },
  '--seed': { key: 'seed', min: 0, max: 2_147_483_647, whole: true },
  '--volatility': { key: 'volatility', min: 0, max: 3, whole: false },
  '--commitment': { key: 'commitment', min: 0, max: 100_000, whole: false },
  '--band': { key: 'band', min: 0, max: 1, whole: false },
  '--years': { key: 'years', min: 1, max: 15, whole: true },
} as const;

/** Reads the command line; every mistake gets a sentence, not a stack trace. */
export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let format: Format = 'table';
  let dataDir: string | null = null;
  let predictability = false;
  const numbers: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: true, help: true, file: '', format, dataDir, predictability: null };
    if (arg === '--predictability') {
      predictability = true;
    } else if (arg in NUMBER_OPTIONS) {
      const option = NUMBER_OPTIONS[arg as keyof typeof NUMBER_OPTIONS];
      const text = argv[++i];
      if (text === undefined) return { ok: false, error: `${arg} needs a value` };
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value) || value < option.min || value > option.max || (option.whole && !Number.isInteger(value))) {
        return { ok: false, error: `${arg} must be ${option.whole ? 'a whole number' : 'a number'} from ${option.min} to ${option.max}, got "${text}"` };
      }
      numbers[option.key] = value;
    } else if (arg === '--format' || arg === '--data') {
      const value = argv[++i];
      if (value === undefined) return { ok: false, error: `${arg} needs a value` };
      if (arg === '--data') dataDir = value;
      else if ((FORMATS as readonly string[]).includes(value)) format = value as Format;
      else return { ok: false, error: `--format must be one of ${FORMATS.join(', ')}, got "${value}"` };
    } else if (arg.startsWith('-')) {
      return { ok: false, error: `unknown option "${arg}"` };
    } else if (file === null) {
      file = arg;
    } else {
      return { ok: false, error: `only one scenario file, got "${file}" and "${arg}"` };
    }
  }
  if (file === null) return { ok: false, error: 'no scenario file given' };
  if (!predictability && Object.keys(numbers).length > 0) return { ok: false, error: `${Object.keys(numbers).map((k) => `--${k}`).join(', ')} need --predictability` };
  if (predictability && format === 'csv') return { ok: false, error: '--predictability prints table or json, not csv' };
  return {
    ok: true,
    help: false,
    file,
    format,
    dataDir,
    predictability: predictability
      ? { paths: numbers.paths ?? 10_000, seed: numbers.seed ?? 2026, volatility: numbers.volatility ?? 1, commitment: numbers.commitment ?? null, band: numbers.band ?? 0, years: numbers.years ?? null }
      : null,
  };
}

const whole = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const show = (value: number, estimated: boolean) => `${estimated ? '≈' : ''}${whole.format(value).replace(/\u00a0/g, ' ')}`;

function table(scenario: Scenario, municipality: Municipality, p: Projection, edition: string): string {
  const rows = budgetRows(p, nb).filter(hasValue);
  const head = ['Linje', 'Kode', ...p.years.map(String)];
  const body = rows.map((r) => [r.label, r.code ?? '', ...r.values.map((v, y) => show(v, r.estimated[y] === true))]);
  // The same figures per year as the comparison screen shows (report/comparison).
  const years = [...yearFigures(p).values()];
  // Persons beyond the council's decision with its margin «inntil x % flere», only where there are any.
  const beyond = p.persons.some((y) => y.beyondDecision > 0)
    ? [['Bosatt utover vedtaket (med «inntil %»)', '', ...p.persons.map((y) => show(y.beyondDecision, false))]]
    : [];
  body.unshift(
    ['Bosatte (uten familiegjenforente)', '', ...years.map((y) => show(y.settled, false))],
    ...beyond,
    ['Familiegjenforente', '', ...p.persons.map((y) => show(y.reunified, false))],
    ['Boliger som mangler, verste måned', '', ...years.map((y) => show(y.housingShortage, false))],
    ['Venter på introduksjonsplass, verste måned', '', ...years.map((y) => show(y.programmeWaiting, false))],
  );
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((r) => (r[c] ?? '').length)));
  const fmt = (r: readonly string[]) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  const { economyPlan: e, horizon: h } = p.budget;
  return [
    `${scenario.name} — ${municipality.name} (${municipality.county}), ${p.years[0]}–${p.years[p.years.length - 1]}`,
    `Dataversjon ${edition}. Kroner. ≈ = bygger på anslått sats.`,
    '',
    fmt(head),
    fmt(head.map((_, c) => '-'.repeat(widths[c] ?? 0))),
    ...body.map(fmt),
    '',
    `Økonomiplan ${e.fromYear}–${e.toYear}: tilskudd ${show(e.income, e.estimated)}, kostnader ${show(e.cost, false)}, netto ${show(e.net, e.estimated)}`,
    `Hele perioden ${h.fromYear}–${h.toYear}: tilskudd ${show(h.income, h.estimated)}, kostnader ${show(h.cost, false)}, netto ${show(h.net, h.estimated)}`,
    ...investment(p),
    ...(p.indexedYears.length > 0 ? [`Satsene for ${p.indexedYears.join(', ')} ligger utenfor referansedataene og er framskrevet.`] : []),
    '',
  ].join('\n');
}

/** The investment budget: a line per row with its economy-plan and horizon totals, and the units. */
function investment(p: Projection): string[] {
  const c = p.capital;
  const head = `Investeringsbudsjett ${c.horizon.fromYear}–${c.horizon.toYear} (utenfor driftsbudsjettet)`;
  if (c.horizon.units === 0) return ['', `${head}: ingen boliger kjøpes eller bygges, 0 kr.`];
  const years = (values: readonly number[]) => p.years.flatMap((year, y) => (values[y] !== 0 ? [`${year} ${show(values[y] ?? 0, false)}`] : [])).join(', ');
  return [
    '',
    `${head}: ${nb.investment.units(c.horizon.units)}.`,
    ...investmentRows(p, nb).map(
      (r) => `${r.label}: ${years(r.values) || '0'}; økonomiplan ${show(r.economyPlan, false)}, hele perioden ${show(r.horizon, false)}`,
    ),
  ];
}

/** Plain CSV (comma-separated, dot decimals) for scripts; the app offers the Norwegian variant. */
function csv(p: Projection): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['line', 'code', ...p.years.map(String), 'estimated_years'].join(',')];
  for (const r of budgetRows(p, nb)) {
    const estimatedYears = p.years.filter((_, y) => r.estimated[y]).join(' ');
    lines.push([r.key, r.code ?? '', ...r.values.map(String), estimatedYears].map(quote).join(','));
  }
  // The investment budget, outside the operating budget: no code, never estimated.
  for (const r of investmentRows(p, nb)) lines.push([r.key, '', ...r.values.map(String), ''].map(quote).join(','));
  return `${lines.join('\n')}\n`;
}

export function renderProjection(format: Format, scenario: Scenario, municipality: Municipality, p: Projection, edition: string): string {
  if (format === 'json') return `${JSON.stringify({ scenario, municipality, edition, projection: p }, null, 2)}\n`;
  if (format === 'csv') return csv(p);
  return table(scenario, municipality, p, edition);
}
