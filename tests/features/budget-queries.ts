import { screen, within } from '@testing-library/react';

/** The yearly budget table, found by its caption. */
export const budgetTable = () => screen.getByRole('table', { name: 'Tilskudd og kostnader per år, i kroner' });

/** The cell of a budget line (found by its row header) in a year (found by its column header). */
export function budgetCell(line: RegExp | string, year: number): HTMLElement {
  const table = budgetTable();
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const column = headers.indexOf(String(year));
  if (column < 1) throw new Error(`budget table has no column ${year}: ${headers.join(', ')}`);
  const row = within(table).getByRole('rowheader', { name: line }).closest('tr');
  if (row === null) throw new Error(`no row for ${String(line)}`);
  const cell = within(row).getAllByRole('cell')[column - 1];
  if (cell === undefined) throw new Error(`row ${String(line)} has no cell for ${year}`);
  return cell;
}

/** The grid input of a type in a year, by its accessible label, e.g. "Enslige voksne 2027". */
export const gridInput = (label: string) => screen.getByRole('textbox', { name: label });
