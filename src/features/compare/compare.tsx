import { useState } from 'react';
import type { Messages } from '../../i18n';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import type { Formatter } from '../../lib/format';
import { NO_MUNICIPALITY, useAppStore, useAppStoreApi } from '../../store';
import { CompareChart } from './compare-chart';
import { cumulativeFinding, netFinding, toOverlayRows } from '../../report/compare-series';
import type { Comparison } from '../../report/comparison';
import { DifferenceTable } from './difference-table';
import { OverviewTable } from './overview-table';
import { ScenarioPicker } from './scenario-picker';
import { defaultChoice, MAX_CHOSEN, memoByComparison, selectComparison } from './selectors';
import './compare.css';

const netRows = memoByComparison((c) => toOverlayRows(c, (f) => f.net));
const cumulativeRows = memoByComparison((c) => toOverlayRows(c, (f) => f.cumulativeNet));
const netFindingOf = memoByComparison(netFinding);
const cumulativeFindingOf = memoByComparison(cumulativeFinding);

function netTitle(comparison: Comparison, t: Messages['compare']['charts']['net'], { formatSignedMillionKroner }: Formatter): string {
  const f = netFindingOf(comparison);
  if (f.kind === 'apart') return t.apart;
  return f.kind === 'same' ? t.same : t.largest(f.name, f.year, formatSignedMillionKroner(f.difference));
}

function cumulativeTitle(comparison: Comparison, t: Messages['compare']['charts']['cumulative'], { formatMillionKroner }: Formatter): string {
  const f = cumulativeFindingOf(comparison);
  return f.kind === 'same' ? t.same(formatMillionKroner(f.amount)) : t.highest(f.name, formatMillionKroner(f.amount), f.year);
}

/** What the planner should know before reading the numbers: alignment, municipalities, reference. */
function Notes({ comparison, t }: { readonly comparison: Comparison; readonly t: Messages }) {
  const c = t.compare;
  const l = t.workspace.list;
  const municipalities = [...new Set(comparison.scenarios.map((s) => s.municipality?.name ?? (s.municipalityCode === NO_MUNICIPALITY ? l.noMunicipality : l.unknownMunicipality(s.municipalityCode))))];
  const periods = comparison.scenarios.map((s) => `«${s.name}» ${l.period(s.fromYear, s.toYear)}`).join(', ');
  const reference = comparison.scenarios[0];
  const notes = [
    !comparison.referenceIsBaseline && reference ? c.noBaseline(reference.name) : null,
    comparison.differentPeriods ? c.differentPeriods(periods) : null,
    comparison.differentMunicipalities ? c.differentMunicipalities(municipalities.join(', ')) : null,
  ].filter((n): n is string => n !== null);
  if (notes.length === 0) return null;
  return (
    <ul className="compare-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/**
 * Two to four scenarios side by side (issue 6, item 5): an overview, the differences from the
 * baseline year by year, and net and cumulative net overlaid. Everything is read from one
 * memoised selector over the engine's projections.
 */
export function Compare() {
  const t = useMessages();
  const c = t.compare;
  const format = useFormat();
  const store = useAppStoreApi();
  const [chosen, setChosen] = useState<readonly string[]>(() => {
    const s = store.getState();
    return defaultChoice(s.scenarios, s.baselineId, s.currentId);
  });
  const count = useAppStore((state) => state.scenarios.length);
  const comparison = useAppStore((state) => selectComparison(state, chosen));

  const toggle = (id: string, checked: boolean) =>
    setChosen((now) => {
      // Ids of scenarios deleted since (by undo, say) no longer count.
      const ids = store.getState().scenarios.map((e) => e.id);
      const live = now.filter((x) => ids.includes(x) && x !== id);
      return checked && live.length < MAX_CHOSEN ? [...live, id] : live;
    });

  return (
    <section className="compare panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{c.heading}</h2>
      <p>{c.intro}</p>
      {count < 2 ? (
        <p className="compare-empty">{c.onlyOne}</p>
      ) : (
        <>
          <ScenarioPicker chosen={chosen} onToggle={toggle} />
          <div role="status" className="compare-status">
            {comparison === null && <p className="compare-empty">{c.tooFew}</p>}
          </div>
        </>
      )}
      {comparison && (
        <>
          <Notes comparison={comparison} t={t} />
          <OverviewTable comparison={comparison} />
          <DifferenceTable comparison={comparison} />
          <CompareChart
            comparison={comparison}
            rows={netRows(comparison)}
            title={netTitle(comparison, c.charts.net, format)}
            caption={c.charts.net.caption}
            csvName={c.charts.net.csvName}
          />
          <CompareChart
            comparison={comparison}
            rows={cumulativeRows(comparison)}
            title={cumulativeTitle(comparison, c.charts.cumulative, format)}
            caption={c.charts.cumulative.caption}
            csvName={c.charts.cumulative.csvName}
          />
        </>
      )}
    </section>
  );
}
