import { memo, useId, type KeyboardEvent } from 'react';
import { pasteIntoRow } from '../../components/paste-row';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import { ValidatedInput, type PasteOutcome } from '../../components/validated-input';
import { decisionCeiling, NULLABLE_YEAR_FIELDS, type YearInput } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { validateYearField } from './year-field';
import { selectHorizon, selectMunicipality, selectYearTotal, useAppStore } from '../../store';
import { useDeferredProjection } from '../../hooks/use-deferred-projection';

type YearField = keyof YearInput;

/** The grid's rows, in the order planners think of them: who comes, then decisions and capacity. */
const ROWS: readonly YearField[] = [
  'singleAdults',
  'adultsInFamilies',
  'children',
  'unaccompaniedMinors',
  'highNeedsTier1',
  'highNeedsTier2',
  'request',
  'revisedRequest',
  'decision',
  'decisionMarginPercent',
  'programmePlaces',
];


/** Persons: 0 shows as an empty cell (empty reads as 0); a nullable field shows null as empty. */
const showCount = (value: number | null) => (value === null || value === 0 ? '' : String(value));
const showNullable = (value: number | null) => (value === null ? '' : String(value));

/** Warns when a number is larger than the municipality's population (likely a typo). */
function usePopulationWarning(): (value: number | null) => string | null {
  const t = useMessages();
  const { formatNumber } = useFormat();
  const population = useAppStore((state) => selectMunicipality(state)?.population);
  return (value) =>
    population !== undefined && value !== null && value > population
      ? t.editor.overPopulation(formatNumber(population))
      : null;
}

/**
 * A row pasted into a grid cell fills that row from the cell's year rightwards, all at once
 * (one edit), or not at all.
 */
function useRowPaste(field: YearField | 'total', yearIndex: number): (text: string) => PasteOutcome {
  const t = useMessages();
  const format = useFormat();
  const startYear = useAppStore((state) => state.scenario.startYear);
  const horizon = useAppStore(selectHorizon);
  const edit = useScenarioEdit();
  const splitTotal = useAppStore((state) => state.splitTotal);
  return (text) =>
    pasteIntoRow(
      text,
      {
        from: yearIndex,
        length: horizon,
        check: (cell) => validateYearField(field === 'total' ? 'singleAdults' : field, cell, t.inputs.check, format),
        where: (index) => String(startYear + index),
        apply: (values) => {
          if (field !== 'total') {
            const from = yearIndex;
            const pasted = (i: number) => values[i - from] as number | null;
            return edit((s) => ({
              ...s,
              years: s.years.map((y, i) => (i >= from && i < from + values.length ? { ...y, [field]: pasted(i) } : y)),
            }));
          }
          values.forEach((total, i) => splitTotal(yearIndex + i, total ?? 0));
          return null;
        },
      },
      t.inputs.paste,
    );
}

/**
 * Tier-2 high-needs persons bring min(documented cost − threshold, cap) a year (docs/model.md#high-needs-grant), so
 * with no documented cost entered they bring 0 kr: said where the count is entered.
 */
function useTier2Warning(field: YearField): (value: number | null) => string | null {
  const t = useMessages();
  const noCost = useAppStore((state) => state.scenario.highNeedsTier2DocumentedCost === 0);
  return (value) => (field === 'highNeedsTier2' && noCost && value !== null && value > 0 ? t.editor.tier2WithoutCost(t.inputs.sections.highNeeds) : null);
}

/**
 * Persons the plan settles beyond the council's decision with its margin «up to x % more»
 * (engine decision.ts), said at the decision: the number, and the most the decision allows.
 * From the projection, so it follows an edit in the deferred render (useDeferredProjection).
 */
function useBeyondDecisionWarning(yearIndex: number): string | null {
  const t = useMessages();
  const { formatNumber } = useFormat();
  const beyond = useDeferredProjection()?.persons[yearIndex]?.beyondDecision ?? 0;
  const input = useAppStore((state) => state.scenario.years[yearIndex]);
  const ceiling = input ? decisionCeiling(input) : null;
  if (beyond <= 0 || ceiling === null) return null;
  return t.editor.beyondDecision(formatNumber(Math.round(beyond * 10) / 10), formatNumber(ceiling), input?.decisionMarginPercent ?? 0);
}

interface CellProps {
  readonly yearIndex: number;
  readonly field: YearField;
  readonly year: number;
}

/** A decision's cell: warns of persons settled beyond the decision. Only these cells read the projection. */
function DecisionCell(props: CellProps) {
  return <FieldCell {...props} projected={useBeyondDecisionWarning(props.yearIndex)} />;
}

/**
 * A cell of a type's row; `projected` is a warning that comes from the projection (the decision's).
 * Memoised: a row or a decision cell rendered again after an edit leaves its cells alone unless
 * their props changed (each reads its own value from the store).
 */
const FieldCell = memo(function FieldCell({ yearIndex, field, year, projected = null }: CellProps & { readonly projected?: string | null }) {
  const t = useMessages();
  const format = useFormat();
  const value = useAppStore((state) => state.scenario.years[yearIndex]?.[field] ?? null);
  const setYearField = useAppStore((state) => state.setYearField);
  const overPopulation = usePopulationWarning();
  const tier2 = useTier2Warning(field);
  const warn = (v: number | null) => overPopulation(v) ?? tier2(v) ?? projected;
  const onPasteText = useRowPaste(field, yearIndex);
  const label = `${t.fields[field]} ${year}`;
  // The margin's message names the field as the grid names it: its row has no count's meaning.
  const validate = (text: string) => {
    const check = validateYearField(field, text, t.inputs.check, format);
    return field === 'decisionMarginPercent' && !check.ok ? { ok: false as const, message: t.editor.marginCheck(label) } : check;
  };
  return (
    <td>
      <ValidatedInput
        label={label}
        memoryKey={`years.${yearIndex}.${field}`}
        hideLabel
        value={value}
        format={NULLABLE_YEAR_FIELDS.has(field) ? showNullable : showCount}
        validate={validate}
        onCommit={(v) => setYearField(yearIndex, field, v)}
        onPasteText={onPasteText}
        warning={warn(value)}
        inputProps={{ inputMode: 'numeric', autoComplete: 'off', className: 'input-count' }}
        className="grid-field"
      />
    </td>
  );
});

function TotalCell({ yearIndex, year }: { readonly yearIndex: number; readonly year: number }) {
  const t = useMessages();
  const format = useFormat();
  const total = useAppStore(selectYearTotal(yearIndex));
  const splitTotal = useAppStore((state) => state.splitTotal);
  const warn = usePopulationWarning();
  const onPasteText = useRowPaste('total', yearIndex);
  return (
    <td>
      <ValidatedInput<number | null>
        label={`${t.editor.total} ${year}`}
        memoryKey={`years.${yearIndex}.total`}
        hideLabel
        value={total}
        format={showCount}
        validate={(text) => validateYearField('singleAdults', text, t.inputs.check, format)}
        onCommit={(v) => splitTotal(yearIndex, v ?? 0)}
        onPasteText={onPasteText}
        warning={warn(total)}
        inputProps={{ inputMode: 'numeric', autoComplete: 'off', className: 'input-count' }}
        className="grid-field"
      />
    </td>
  );
}

const STEPS: Readonly<Record<string, readonly [number, number]>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Arrow keys move between the grid's cells as in a spreadsheet: up and down always, left and
 * right when the caret is at the start or end of the cell's text (so they still move within
 * a number being typed). The cell moved to has its text selected, ready to be overwritten.
 */
function moveInGrid(event: KeyboardEvent<HTMLTableElement>) {
  const step = STEPS[event.key];
  const input = event.target;
  if (step === undefined || !(input instanceof HTMLInputElement) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const [down, right] = step;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  if ((right < 0 && !atStart) || (right > 0 && !atEnd)) return;
  const cell = input.closest('td');
  const row = cell?.parentElement;
  if (!cell || !(row instanceof HTMLTableRowElement)) return;
  const target = event.currentTarget.rows[row.rowIndex + down]?.cells[cell.cellIndex + right]?.querySelector('input');
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
}

/** Persons per year by type: one row per type, one column per plan year. */
export function YearGrid() {
  const t = useMessages();
  const captionId = useId();
  const startYear = useAppStore((state) => state.scenario.startYear);
  const horizon = useAppStore((state) => state.scenario.years.length);
  const years = Array.from({ length: horizon }, (_, i) => startYear + i);

  return (
    <section className="year-grid" aria-labelledby={`${captionId}-heading`}>
      <h3 id={`${captionId}-heading`}>{t.editor.gridHeading}</h3>
      <p className="field-hint">
        {t.editor.gridHint} {t.inputs.gridPasteHint} {t.editor.gridKeysHint}
      </p>
      <p className="grid-scroll-hint" aria-hidden="true">
        {t.editor.gridScrollHint}
      </p>
      <div className="table-scroll year-grid-scroll" role="region" aria-labelledby={captionId}>
        {/* The keys are handled on the table for all its cells; each cell is an ordinary text field. */}
        <table className="data-table input-table" onKeyDown={moveInGrid}>
          <caption id={captionId} className="visually-hidden">
            {t.editor.gridCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.editor.type}</th>
              {years.map((year) => (
                <th key={year} scope="col" className="numeric">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="total-input-row">
              <th scope="row">{t.editor.total}</th>
              {years.map((year, i) => (
                <TotalCell key={i} yearIndex={i} year={year} />
              ))}
            </tr>
            {ROWS.map((field) => (
              <tr key={field} className={field === 'request' ? 'group-start' : undefined}>
                <th scope="row">{t.fields[field]}</th>
                {years.map((year, i) =>
                  field === 'decision' ? <DecisionCell key={i} yearIndex={i} field={field} year={year} /> : <FieldCell key={i} yearIndex={i} field={field} year={year} />,
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
