import type { CSSProperties } from 'react';
import type { Messages } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import type { KeyFigures, Peak } from '../../report/meeting-figures';

type Strings = Messages['meeting'];

/** Whether a change is good or bad for the municipality's economy or capacity, for its colour (its sign and words say it too). */
type Tone = 'better' | 'worse' | 'neutral';

const toneOf = (difference: number, moreIsBetter: boolean | null): Tone =>
  difference === 0 || moreIsBetter === null ? 'neutral' : difference > 0 === moreIsBetter ? 'better' : 'worse';

/** A what-if's difference from the plan, beside its figure: sign and words as well as colour. */
function Difference({ text, tone }: { readonly text: string; readonly tone: Tone }) {
  return <dd className={`figure-difference ${tone}`}>{text}</dd>;
}

/**
 * The economy plan in three large numbers, in millions of kroner with one decimal (a room reads
 * «38,9 mill. kr», not «38 885 718 kr»; the chart slides' tables keep the exact kroner): net
 * first, then income and cost. With a what-if, `plan` is the saved plan's figures and each
 * number carries its difference from it.
 */
export function EconomySlide({
  figures,
  plan,
  rangeNote,
  t,
}: {
  readonly figures: KeyFigures;
  readonly plan: KeyFigures | null;
  readonly rangeNote: string | null;
  readonly t: Strings;
}) {
  const { formatMillionKroner, formatSignedMillionKroner } = useFormat();
  const economy = figures.economyPlan;
  const mark = economy.estimated ? '≈\u00a0' : '';
  const items = [
    { key: 'net', label: t.economy.net, value: economy.net, planned: plan?.economyPlan.net, moreIsBetter: true },
    { key: 'income', label: t.economy.income, value: economy.income, planned: plan?.economyPlan.income, moreIsBetter: true },
    { key: 'cost', label: t.economy.cost, value: economy.cost, planned: plan?.economyPlan.cost, moreIsBetter: false },
  ] as const;
  const difference = (value: number, planned: number) => {
    const change = value - planned;
    if (change === 0) return t.sameAsPlan;
    return Math.abs(change) < 50_000 ? t.differenceSmall : t.difference(formatSignedMillionKroner(change));
  };
  return (
    <>
      <h3 className="slide-title">{t.economy.title(economy.fromYear, economy.toYear)}</h3>
      <dl className="big-figures">
        {items.map((item) => (
          <div key={item.key} className={`big-figure ${item.key}${item.key === 'net' && item.value < 0 ? ' negative' : ''}`}>
            <dt>{item.label}</dt>
            <dd>
              {mark}
              {formatMillionKroner(item.value)}
            </dd>
            {item.planned !== undefined && (
              <Difference text={difference(item.value, item.planned)} tone={toneOf(item.value - item.planned, item.moreIsBetter)} />
            )}
          </div>
        ))}
      </dl>
      {economy.estimated && <p className="slide-note">{t.economy.estimated}</p>}
      {rangeNote !== null && <p className="slide-note range-note">{rangeNote}</p>}
    </>
  );
}

type YearFigures = KeyFigures['persons'][number];

/** At most this many years across: more would make the type too small to read on a 4:3 screen or beside the what-if. */
const MOST_ACROSS = 5;

/** The plan's years in as few tables as keep each at most MOST_ACROSS years wide, evenly filled (ten years: two tables of five). */
function yearsInTables(years: readonly YearFigures[]): readonly (readonly YearFigures[])[] {
  const tables = Math.max(1, Math.ceil(years.length / MOST_ACROSS));
  const across = Math.max(1, Math.ceil(years.length / tables));
  return Array.from({ length: tables }, (_, i) => years.slice(i * across, (i + 1) * across));
}

/**
 * Persons settled and reunified per plan year, as large tables with the years across, at most
 * five years in each; with a what-if, a row under each with its difference from the plan.
 */
export function PersonsSlide({ figures, plan, t }: { readonly figures: KeyFigures; readonly plan: KeyFigures | null; readonly t: Strings }) {
  const { formatNumber, formatSignedNumber } = useFormat();
  const planned = new Map(plan?.persons.map((p) => [p.year, p]));
  const change = (p: YearFigures, pick: (q: YearFigures) => number) => {
    const base = planned.get(p.year);
    return base ? pick(p) - pick(base) : 0;
  };
  const settled = (p: YearFigures) => p.settled;
  const reunified = (p: YearFigures) => p.reunified;
  // A difference row shows «mot planen» under its figure's row; a screen reader hears the figure's label before it.
  const differenceRow = (key: string, of: string, pick: (q: YearFigures) => number) => ({
    key: `${key}-difference`,
    label: (
      <>
        <span className="visually-hidden">{`${of}, `}</span>
        {t.persons.difference}
      </>
    ),
    value: (p: YearFigures) => formatSignedNumber(change(p, pick)),
    // Coloured only when the shown number is not 0: reunified persons are fractional, and +0.3 shows as «0».
    tone: (p: YearFigures) => (Math.round(change(p, pick)) === 0 ? '' : 'figure-difference'),
  });
  const figureRow = (key: string, label: string, pick: (q: YearFigures) => number) => ({ key, label: <>{label}</>, value: (p: YearFigures) => formatNumber(pick(p)), tone: () => '' });
  const rows = [
    figureRow('settled', t.persons.settled, settled),
    ...(plan ? [differenceRow('settled', t.persons.settled, settled)] : []),
    figureRow('reunified', t.persons.reunified, reunified),
    ...(plan ? [differenceRow('reunified', t.persons.reunified, reunified)] : []),
  ];
  const tables = yearsInTables(figures.persons);
  // The most years across sets the type size that lets a table fit the slide's width (meeting.css); all tables share it, so their columns line up.
  const across = { '--years': Math.max(1, ...tables.map((years) => years.length)) } as CSSProperties;
  return (
    <>
      <h3 className="slide-title">{t.persons.title}</h3>
      <div className="meeting-tables" style={across}>
        {tables.map((years) => {
          const first = years[0]?.year;
          const last = years.at(-1)?.year;
          return (
            <table key={first ?? 'none'} className="meeting-table">
              <caption className="visually-hidden">{tables.length > 1 ? `${t.persons.caption}, ${first}–${last}` : t.persons.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.persons.year}</th>
                  {years.map((p) => (
                    <th key={p.year} scope="col" className="numeric">
                      {p.year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={row.key.endsWith('-difference') ? 'difference-row' : undefined}>
                    <th scope="row">{row.label}</th>
                    {years.map((p) => (
                      <td key={p.year} className={`numeric ${row.tone(p)}`.trim()}>
                        {row.value(p)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </>
  );
}

/** A shortage at its worst month; with a what-if, its difference from the plan's worst (none counts as 0). */
function PeakFigure({ label, peak, planned, t }: { readonly label: string; readonly peak: Peak | null; readonly planned: Peak | null | undefined; readonly t: Strings }) {
  const { formatMonth, formatNumber, formatSignedNumber } = useFormat();
  // Rounded as shown: a difference that shows as 0 is «som planen», not a coloured «0».
  const change = planned === undefined ? null : Math.round((peak?.value ?? 0) - (planned?.value ?? 0));
  return (
    <div className={`big-figure${peak ? ' shortage' : ''}`}>
      <dt>{label}</dt>
      <dd>{peak ? formatNumber(peak.value) : t.shortage.none}</dd>
      {peak && <dd className="big-figure-note">{t.shortage.at(formatMonth(peak.month))}</dd>}
      {change !== null && <Difference text={change === 0 ? t.sameAsPlan : t.difference(formatSignedNumber(change))} tone={toneOf(change, false)} />}
    </div>
  );
}

/** The largest shortage of dwellings and of programme places over the plan. */
export function ShortageSlide({ figures, plan, t }: { readonly figures: KeyFigures; readonly plan: KeyFigures | null; readonly t: Strings }) {
  return (
    <>
      <h3 className="slide-title">{t.shortage.title}</h3>
      <dl className="big-figures">
        <PeakFigure label={t.shortage.dwellings} peak={figures.dwellingShortage} planned={plan ? plan.dwellingShortage : undefined} t={t} />
        <PeakFigure label={t.shortage.places} peak={figures.placeShortage} planned={plan ? plan.placeShortage : undefined} t={t} />
      </dl>
    </>
  );
}
