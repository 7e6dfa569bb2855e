import type { CSSProperties } from 'react';
import type { Messages } from '../../i18n';
import { useFormat } from '../../i18n/use-format';
import type { KeyFigures, Peak } from '../../report/meeting-figures';

type Strings = Messages['meeting'];

/** The economy plan in three large numbers: net first, then income and cost. */
export function EconomySlide({ figures, rangeNote, t }: { readonly figures: KeyFigures; readonly rangeNote: string | null; readonly t: Strings }) {
  const { formatKroner } = useFormat();
  const plan = figures.economyPlan;
  const mark = plan.estimated ? '≈\u00a0' : '';
  const items = [
    { key: 'net', label: t.economy.net, value: plan.net },
    { key: 'income', label: t.economy.income, value: plan.income },
    { key: 'cost', label: t.economy.cost, value: plan.cost },
  ] as const;
  return (
    <>
      <h3 className="slide-title">{t.economy.title(plan.fromYear, plan.toYear)}</h3>
      <dl className="big-figures">
        {items.map((item) => (
          <div key={item.key} className={`big-figure ${item.key}${item.key === 'net' && item.value < 0 ? ' negative' : ''}`}>
            <dt>{item.label}</dt>
            <dd>
              {mark}
              {formatKroner(item.value)}
            </dd>
          </div>
        ))}
      </dl>
      {plan.estimated && <p className="slide-note">{t.economy.estimated}</p>}
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

/** Persons settled and reunified per plan year, as large tables with the years across, at most five years in each. */
export function PersonsSlide({ figures, t }: { readonly figures: KeyFigures; readonly t: Strings }) {
  const { formatNumber } = useFormat();
  const rows = [
    { key: 'settled', label: t.persons.settled, pick: (p: YearFigures) => p.settled },
    { key: 'reunified', label: t.persons.reunified, pick: (p: YearFigures) => p.reunified },
  ] as const;
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
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {years.map((p) => (
                      <td key={p.year} className="numeric">
                        {formatNumber(row.pick(p))}
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

function PeakFigure({ label, peak, t }: { readonly label: string; readonly peak: Peak | null; readonly t: Strings }) {
  const { formatMonth, formatNumber } = useFormat();
  return (
    <div className={`big-figure${peak ? ' shortage' : ''}`}>
      <dt>{label}</dt>
      <dd>{peak ? formatNumber(peak.value) : t.shortage.none}</dd>
      {peak && <dd className="big-figure-note">{t.shortage.at(formatMonth(peak.month))}</dd>}
    </div>
  );
}

/** The largest shortage of dwellings and of programme places over the plan. */
export function ShortageSlide({ figures, t }: { readonly figures: KeyFigures; readonly t: Strings }) {
  return (
    <>
      <h3 className="slide-title">{t.shortage.title}</h3>
      <dl className="big-figures">
        <PeakFigure label={t.shortage.dwellings} peak={figures.dwellingShortage} t={t} />
        <PeakFigure label={t.shortage.places} peak={figures.placeShortage} t={t} />
      </dl>
    </>
  );
}
