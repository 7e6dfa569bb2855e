import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScenarioSwitcher } from '../../../src/features/scenarios';
import { createAppStore, StoreProvider } from '../../../src/store';
import { TODAY } from '../render-app';

describe('the scenario switcher', () => {
  it('given three scenarios, when another is chosen, then it becomes current (one undo step) and the baseline is marked', async () => {
    const store = createAppStore({ today: TODAY });
    const first = store.getState().currentId;
    store.getState().renameScenario(first, 'Lav');
    const middle = store.getState().createScenario('Middels');
    store.getState().createScenario('Høy');
    store.temporal.getState().clear();
    const user = userEvent.setup();
    render(
      <StoreProvider store={store}>
        <ScenarioSwitcher />
      </StoreProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Scenario' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Lav (basis)', 'Middels', 'Høy']);
    expect(select).toHaveDisplayValue('Høy');
    await user.selectOptions(select, 'Middels');
    expect(store.getState().currentId).toBe(middle);
    expect(store.getState().scenario.name).toBe('Middels');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Alle scenarioer' })).toHaveAttribute('href', '#/scenarioer');
  });
});
