import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Municipality } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { selectMunicipalities, selectMunicipality, useAppStore } from '../../store';
import { exactMatch, filterMunicipalities, toSearchable } from './municipality-filter';

/**
 * Choosing the municipality: an editable combobox with a list (WAI-ARIA APG "combobox with
 * listbox popup", manual selection). Each option shows the county, so the two Herøy and the two
 * Våler differ, the municipality's code and the population. Typing marks no option: ↓ goes to
 * the first, Enter picks the marked one (or the only or exactly named match). Leaving the field
 * (Tab, a click elsewhere) picks only a municipality the field names exactly; otherwise the
 * field goes back to the chosen name, so the field never shows one municipality while another
 * is chosen.
 */
export function MunicipalityPicker() {
  const t = useMessages();
  const { formatNumber } = useFormat();
  const id = useId();
  const municipalities = useAppStore(selectMunicipalities);
  const chosen = useAppStore(selectMunicipality);
  const setMunicipality = useAppStore((state) => state.setMunicipality);
  const searchable = useMemo(() => toSearchable(municipalities), [municipalities]);
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  /** The marked option; -1 while none is (after typing). */
  const [active, setActive] = useState(-1);
  const options = useMemo(() => filterMunicipalities(searchable, query), [searchable, query]);
  const listId = `${id}-list`;
  const optionId = (m: Municipality) => `${id}-option-${m.code}`;
  const activeOption = open ? options[active] : undefined;

  const choose = (m: Municipality) => {
    setMunicipality(m.code);
    setQuery(m.name);
    setOpen(false);
  };
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, options.length - 1));
    setActive(next);
    const option = options[next];
    if (option) document.getElementById(optionId(option))?.scrollIntoView?.({ block: 'nearest' });
  };

  const leave = () => {
    setOpen(false);
    setActive(-1);
    if (chosen !== undefined && query === chosen.name) return;
    const named = exactMatch(searchable, query);
    if (named !== null) choose(named);
    else setQuery(chosen?.name ?? '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        moveTo(0);
        return;
      }
      moveTo(event.key === 'ArrowDown' ? active + 1 : active < 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const pick = activeOption ?? exactMatch(searchable, query) ?? (open && options.length === 1 ? options[0] : undefined);
      if (pick === undefined) return;
      event.preventDefault();
      choose(pick);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="field municipality-picker">
      <label htmlFor={id} className="field-label">
        {t.editor.municipality}
      </label>
      <span id={`${id}-hint`} className="field-hint">
        {t.editor.municipalityHint}
      </span>
      <div className="combobox">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={`${id}-hint ${id}-chosen`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={leave}
        />
        <ul id={listId} role="listbox" aria-label={t.editor.municipality} className="listbox" hidden={!open || options.length === 0}>
          {open &&
            options.map((m, i) => (
              <li
                key={m.code}
                id={optionId(m)}
                role="option"
                aria-selected={i === active}
                aria-label={`${m.name}, ${m.county}, ${t.editor.population(formatNumber(m.population))}, ${t.editor.municipalityCode(m.code)}`}
                className={['option', i === active ? 'active' : null, m.code === chosen?.code ? 'chosen' : null]
                  .filter(Boolean)
                  .join(' ')}
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(m)}
              >
                <span className="option-name">{m.name}</span>
                <span className="option-county">
                  {m.county} <span className="option-code">{m.code}</span>
                </span>
                <span className="option-population">{t.editor.population(formatNumber(m.population))}</span>
              </li>
            ))}
        </ul>
        {open && options.length === 0 && <p className="no-match">{t.editor.noMatch}</p>}
      </div>
      <span className="visually-hidden" role="status">
        {open ? (options.length === 0 ? t.editor.noMatch : t.editor.matches(options.length)) : ''}
      </span>
      <span id={`${id}-chosen`} className="chosen-municipality">
        {chosen ? t.editor.municipalityChosen(chosen.name, chosen.county) : t.editor.municipalityNone}
      </span>
    </div>
  );
}
