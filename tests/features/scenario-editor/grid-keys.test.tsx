import { describe, expect, it } from 'vitest';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

describe('year grid: arrow keys', { timeout: 45_000 }, () => {
  it('given the focus in «Enslige voksne 2026», when ↓, → and ↑ are pressed, then it moves to «Voksne i familier 2026», «Voksne i familier 2027» and «Enslige voksne 2027»', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.click(gridInput('Enslige voksne 2026'));
    await user.keyboard('{ArrowDown}');
    expect(gridInput('Voksne i familier 2026')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(gridInput('Voksne i familier 2027')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(gridInput('Enslige voksne 2027')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(gridInput('Enslige voksne 2026')).toHaveFocus();
  });

  it('given «12» typed in a cell, when ← is pressed, then the caret moves within the number; at its start ← moves to the cell before, and the 12 is stored', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    const cell = gridInput('Barn 2027');
    await user.click(cell);
    await user.keyboard('12{ArrowLeft}');
    expect(cell).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(gridInput('Barn 2026')).toHaveFocus();
    expect(cell).toHaveValue('12');
  });

  it('given the first row, when ↑ is pressed, then the focus stays (no cell above); and ↓ from «Enslige voksne og familier i alt» reaches «Enslige voksne»', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.click(gridInput('Enslige voksne og familier i alt 2026'));
    await user.keyboard('{ArrowUp}');
    expect(gridInput('Enslige voksne og familier i alt 2026')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(gridInput('Enslige voksne 2026')).toHaveFocus();
  });
});
