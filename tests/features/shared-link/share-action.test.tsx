import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLinkButton } from '../../../src/features/shared-link';
import { readShareLink } from '../../../src/scenario/share-link';
import { createAppStore, StoreProvider, type AppStore } from '../../../src/store';
import { TODAY } from '../render-app';
import { findScenarioTable, renderAt, statusLine } from '../scenarios/scenarios-queries';
import { hugeScenario, sharedScenario } from './shared-fixture';

afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

/** A store whose list holds "Nytt scenario" (current) and the given scenario after it. */
function storeWith(scenario = sharedScenario()): AppStore {
  const store = createAppStore({ today: TODAY });
  store.getState().addScenario(scenario);
  store.getState().switchScenario('s1');
  store.temporal.getState().clear();
  return store;
}

describe('«Del lenke» on the scenarios screen', { timeout: 30_000 }, () => {
  it('given a scenario, when «Del lenke» is pressed, then its link is on the clipboard, opens the same scenario, and the status says so', async () => {
    const { user } = renderAt('scenarioer', storeWith());
    await findScenarioTable();
    await user.click(screen.getByRole('button', { name: 'Del lenke «Delt 2017»' }));

    expect(statusLine()).toHaveTextContent('Lenken til «Delt 2017» er kopiert. Lim den inn i en e-post eller en melding.');
    const url = await navigator.clipboard.readText();
    expect(url.startsWith(`${window.location.origin}/#/delt?s=`)).toBe(true);
    expect(readShareLink(new URL(url).hash)).toEqual({ ok: true, scenario: sharedScenario() });
  });

  it('given the clipboard refuses, then the link is shown selected in a read-only field for copying by hand', async () => {
    const { user } = renderAt('scenarioer', storeWith());
    await findScenarioTable();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Del lenke «Delt 2017»' }));

    expect(statusLine()).toHaveTextContent('Lenken til «Delt 2017» kunne ikke kopieres automatisk.');
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Lenke til «Delt 2017»' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(field.value).toMatch(/#\/delt\?s=/);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(readShareLink(new URL(field.value).hash)).toEqual({ ok: true, scenario: sharedScenario() });
  });

  it('given a scenario too large for a link, then the message gives the length and offers the file instead', async () => {
    const { user } = renderAt('scenarioer', storeWith(hugeScenario()));
    await findScenarioTable();
    await user.click(screen.getByRole('button', { name: 'Del lenke «Stor plan»' }));

    expect(statusLine()?.textContent).toMatch(/^Scenariet er for stort for en lenke \(\d{1,2}\u00a0\d{3} tegn\)\. Bruk «Eksporter fil» i stedet\.$/);
    await user.click(screen.getByRole('button', { name: 'Eksporter fil «Stor plan»' }));
    expect(statusLine()).toHaveTextContent('Scenariet er lagret som bosettingsplan-stor-plan.json.');
  });
});

describe('«Del lenke» for the plan screen (ShareLinkButton)', () => {
  const renderButton = (store: AppStore) => {
    const user = userEvent.setup();
    render(
      <StoreProvider store={store}>
        <ShareLinkButton />
      </StoreProvider>,
    );
    return user;
  };

  it('given the current scenario, when the button is pressed, then its link is copied and the status says so', async () => {
    const store = storeWith();
    store.getState().switchScenario('s2');
    const user = renderButton(store);
    await user.click(screen.getByRole('button', { name: 'Del lenke' }));
    expect(screen.getByRole('status')).toHaveTextContent('Lenken til «Delt 2017» er kopiert.');
    expect(readShareLink(new URL(await navigator.clipboard.readText()).hash)).toEqual({ ok: true, scenario: sharedScenario() });
  });

  it('given the clipboard refuses, then the link is shown selected for copying', async () => {
    const user = renderButton(storeWith());
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Del lenke' }));
    expect(screen.getByRole('status')).toHaveTextContent('kunne ikke kopieres automatisk');
    expect(screen.getByRole('textbox', { name: 'Lenke til «Nytt scenario»' })).toHaveFocus();
  });

  it('given a current scenario too large for a link, then it says so and «Eksporter fil» saves it as a file', async () => {
    const store = storeWith(hugeScenario());
    store.getState().switchScenario('s2');
    const user = renderButton(store);
    await user.click(screen.getByRole('button', { name: 'Del lenke' }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/Scenariet er for stort for en lenke \(.+ tegn\)\. Bruk «Eksporter fil» i stedet\./);
    await user.click(screen.getByRole('button', { name: 'Eksporter fil' }));
    expect(within(status).getByText('Scenariet er lagret som bosettingsplan-stor-plan.json.')).toBeInTheDocument();
  });
});
