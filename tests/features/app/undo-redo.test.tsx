import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { findScenarioTable, renderAt, rowNames } from '../scenarios/scenarios-queries';

const undoButton = () => screen.getByRole('button', { name: 'Angre' });
const redoButton = () => screen.getByRole('button', { name: 'Gjør om' });

afterEach(() => {
  window.location.hash = '';
});

describe('undo and redo in the header', { timeout: 30_000 }, () => {
  it('given a new app, then «Angre» and «Gjør om» are there and disabled', async () => {
    renderApp();
    await findMunicipalityBox();
    expect(screen.getByRole('group', { name: 'Endringer' })).toBeInTheDocument();
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toBeDisabled();
  });

  it('given a number entered, when «Angre» and «Gjør om» are pressed, then the field and the store go back and forth', async () => {
    const { user, store } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Barn 2027'), '7');
    expect(undoButton()).toBeEnabled();
    await user.click(undoButton());
    expect(gridInput('Barn 2027')).toHaveValue('');
    expect(store.getState().scenario.years[1]?.children).toBe(0);
    expect(undoButton()).toBeDisabled();
    expect(screen.getByText('Endringen er angret.')).toBeInTheDocument();
    await user.click(redoButton());
    expect(gridInput('Barn 2027')).toHaveValue('7');
    expect(redoButton()).toBeDisabled();
  });

  it('given focus outside a text field, then Ctrl+Z undoes and Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const { user, store } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '5');
    await user.type(gridInput('Barn 2026'), '3');
    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().scenario.years[0]).toMatchObject({ singleAdults: 5, children: 0 });
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(0);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().scenario.years[0]?.singleAdults).toBe(5);
    await user.keyboard('{Control>}y{/Control}');
    expect(store.getState().scenario.years[0]?.children).toBe(3);
  });

  it('given focus in a text field, then Ctrl+Z is left to the browser and the app history is untouched', async () => {
    const { user, store } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Barn 2026'), '4');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().scenario.years[0]?.children).toBe(4);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('given a UI choice, then it is not an undo step', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.click(screen.getByRole('checkbox', { name: 'Vis også linjer uten beløp' }));
    expect(undoButton()).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /^Kostnader/ }));
    expect(undoButton()).toBeDisabled();
  });

  it('given a scenario deleted on the scenarios screen, when «Angre» in the header is pressed, then it is back', async () => {
    const { user, store } = renderAt('scenarioer');
    await findScenarioTable();
    await user.click(screen.getByRole('button', { name: 'Nytt scenario' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Slett «Nytt scenario»' }));
    expect(rowNames()).toEqual(['Nytt scenario 2']);
    await user.click(screen.getAllByRole('button', { name: 'Angre' })[0]!);
    expect(rowNames()).toEqual(['Nytt scenario', 'Nytt scenario 2']);
    // The message no longer offers to put back what is back already.
    expect(screen.queryByRole('button', { name: /^Angre slettingen/ })).not.toBeInTheDocument();
    await user.click(undoButton());
    expect(rowNames()).toEqual(['Nytt scenario']);
    expect(store.getState().scenarios).toHaveLength(1);
  });
});
