import type { Kroner } from '../engine';
import { useFormat } from '../i18n/use-format';

/** One money cell of a budget table: whole kroner, and whether it rests on an estimated rate. */
export interface BudgetCell {
  readonly value: Kroner;
  readonly estimated: boolean;
}

interface MoneyCellProps {
  readonly cell: BudgetCell;
  /** "≈" shown, and its meaning for screen readers. */
  readonly marker: string;
  readonly markerText: string;
  /** Write "kr" after the number (off in the wide yearly table, whose caption says kroner). */
  readonly withUnit?: boolean;
}

/** A money cell: right-aligned, negative in the cost colour, "≈" where a rate is estimated. */
export function MoneyCell({ cell, marker, markerText, withUnit = false }: MoneyCellProps) {
  const { formatKroner, formatNumber } = useFormat();
  // A zero rests on no rate, even where the engine flags the year's rate as estimated.
  const estimated = cell.estimated && cell.value !== 0;
  const className = ['numeric', cell.value < 0 ? 'negative' : null, estimated ? 'estimated' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <td className={className}>
      {estimated && (
        <>
          <span className="estimate-marker" aria-hidden="true">
            {marker}
          </span>
          <span className="visually-hidden">{markerText} </span>
        </>
      )}
      {withUnit ? formatKroner(cell.value) : formatNumber(cell.value)}
    </td>
  );
}
