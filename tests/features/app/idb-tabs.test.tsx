import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { STORAGE_KEY } from '../../../src/store';
import { idbContents, openIdbTab, withFreshIdb } from '../../store/idb-helpers';
import { findMunicipalityBox, TODAY } from '../render-app';

withFreshIdb();

/** A tab of the app over IndexedDB, opened as a page load does. */
const openTab = () => openIdbTab(TODAY);

describe('two tabs of the app over IndexedDB', { timeout: 30_000 }, () => {
  it('given a scenario added in another tab, then this tab hears of it, reads it back, says so, and its next edit keeps both', async () => {
    const here = await openTab();
    render(<App store={here.store} />);
    await findMunicipalityBox();

    const other = await openTab();
    other.store.getState().createScenario('Fra den andre fanen');

    // On a busy machine the first render of the notice's module can take longer than 5 s.
    expect(await screen.findByText('Endringer lagret i en annen fane er hentet inn her.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(here.store.getState().scenarios.map((e) => e.scenario.name)).toEqual(['Nytt scenario', 'Fra den andre fanen']);
    expect(here.store.getState().scenario.name).toBe('Nytt scenario');

    here.store.getState().setYearField(0, 'singleAdults', 7);
    await here.mirror.settled();
    const saved = JSON.parse(String((await idbContents()).get(STORAGE_KEY))) as { state: { scenarios: { scenario: { name: string; years: { singleAdults: number }[] } }[] } };
    expect(saved.state.scenarios.map((e) => [e.scenario.name, e.scenario.years[0]?.singleAdults])).toEqual([
      ['Nytt scenario', 7],
      ['Fra den andre fanen', 0],
    ]);
    here.mirror.close();
    other.mirror.close();
  });
});
