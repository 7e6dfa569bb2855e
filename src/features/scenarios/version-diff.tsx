import { useId, useMemo, type RefObject } from 'react';
import type { Scenario } from '../../engine';
import { useFormat } from '../../i18n/use-format';
import { useMessages } from '../../i18n/use-messages';
import { changeRows, diffInputs } from '../../report/version-diff';
import type { SavedVersion } from '../../scenario/versions';

/** `CURRENT`: the scenario as it is now; otherwise a version's id. */
export const CURRENT = 'current';

interface VersionDiffProps {
  readonly versions: readonly SavedVersion[];
  readonly current: Scenario;
  readonly from: string;
  readonly to: string;
  readonly onFrom: (id: string) => void;
  readonly onTo: (id: string) => void;
  readonly labelOf: (version: SavedVersion) => string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * What changed between two versions, or a version and the current inputs: two pickers and a
 * table of the inputs that differ (field as the screen names it, year, before, after), from the
 * report layer's `diffInputs`.
 */
export function VersionDiff({ versions, current, from, to, onFrom, onTo, labelOf, headingRef }: VersionDiffProps) {
  const messages = useMessages();
  const t = messages.versions;
  const format = useFormat();
  const id = useId();
  const stateOf = (key: string) => (key === CURRENT ? current : versions.find((v) => v.id === key)?.scenario);
  const nameOf = (key: string) => {
    const version = versions.find((v) => v.id === key);
    return version === undefined ? t.diff.current : labelOf(version);
  };
  const before = stateOf(from);
  const after = stateOf(to);
  const rows = useMemo(
    () => (before === undefined || after === undefined ? [] : changeRows(diffInputs(before, after), after.startYear, t.diff, messages, format)),
    [before, after, t.diff, messages, format],
  );
  const newestFirst = [...versions].reverse();
  const options = (
    <>
      {newestFirst.map((v) => (
        <option key={v.id} value={v.id}>
          {labelOf(v)}
        </option>
      ))}
      <option value={CURRENT}>{t.diff.current}</option>
    </>
  );

  return (
    <div className="version-diff">
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t.diff.heading}
      </h3>
      <div className="version-diff-pickers">
        <label>
          {t.diff.from}
          <select value={from} onChange={(e) => onFrom(e.currentTarget.value)}>
            {options}
          </select>
        </label>
        <label>
          {t.diff.to}
          <select value={to} onChange={(e) => onTo(e.currentTarget.value)}>
            {options}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p role="status">{t.diff.noChanges}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data-table version-diff-table">
            <caption id={`${id}-caption`}>{t.diff.caption(nameOf(from), nameOf(to))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.diff.field}</th>
                <th scope="col" className="numeric">
                  {t.diff.year}
                </th>
                <th scope="col" className="numeric">
                  {t.diff.before}
                </th>
                <th scope="col" className="numeric">
                  {t.diff.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{row.year}</td>
                  <td className="numeric">{row.before}</td>
                  <td className="numeric">{row.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
