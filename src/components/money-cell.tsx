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
  /** Show the amount rounded to whole thousands (the printed yearly table, captioned «i 1 000 kr»). */
  readonly inThousands?: boolean;
  /**
   * Mark an estimate by the cell's style (class `estimated`, italic in the print) instead of "≈",
   * which takes no width; screen readers still hear it.
   */
  readonly markByStyle?: boolean;
}

/** A money cell: right-aligned, negative in the cost colour, "≈" where a rate is estimated. */
export function MoneyCell({ cell, marker, markerText, withUnit = false, inThousands = false, markByStyle = false }: MoneyCellProps) {
  const { formatKroner, formatNumber } = useFormat();
  // A zero rests on no rate, even where the engine flags the year's rate as estimated.
  const estimated = cell.estimated && cell.value !== 0;
  // `+ 0` turns the −0 of a small negative amount into 0, which formats without a sign.
  const shown = inThousands ? Math.round(cell.value / 1000) + 0 : cell.value;
  const className = ['numeric', shown < 0 ? 'negative' : null, estimated ? 'estimated' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <td className={className}>
      {estimated && (
        <>
          {!markByStyle && (
            <span className="estimate-marker" aria-hidden="true">
              {marker}
            </span>
          )}
          <span className="visually-hidden">{markerText} </span>
        </>
      )}
      {withUnit ? formatKroner(shown) : formatNumber(shown)}
    </td>
  );
}
