import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { municipalitiesSlow, ratesInvalid, ratesMalformed, ratesMissing, ratesNetworkError } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { App } from '../../../src/app/app';
import { createAppStore } from '../../../src/store';
import { findMunicipalityBox, TODAY } from '../render-app';

const footer = () => screen.getByRole('contentinfo');

/** The notice of the bundled copy, once the app has fallen back to it. */
async function findFallbackNotice(): Promise<HTMLElement> {
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByRole('heading')).toHaveTextContent('Satser og kommunedata kunne ikke lastes fra serveren');
  return alert;
}

describe('reference data at start-up', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given a failed request, then the app opens on the bundled copy, says why and labels the footer', async () => {
    server.use(ratesMissing);
    render(<App store={createAppStore({ today: TODAY })} />);
    const notice = await findFallbackNotice();
    expect(notice).toHaveTextContent('Forespørselen til serveren mislyktes.');
    expect(notice).toHaveTextContent(/den innebygde kopien av referansedataene \(versjon \S+\)/);
    expect(within(notice).getByText('rates.json: request failed with HTTP 404 Not Found')).toBeInTheDocument();
    expect(await findMunicipalityBox()).toBeEnabled();
    expect(footer()).toHaveTextContent(/Innebygd kopi av referansedataene, versjon \S+ \(kommuner \S+\)\./);
  });

  it('given no connection at all, then the app opens on the bundled copy and a retry that succeeds swaps in the served data', async () => {
    server.use(ratesNetworkError);
    const user = userEvent.setup();
    render(<App store={createAppStore({ today: TODAY })} />);
    const notice = await findFallbackNotice();
    expect(notice).toHaveTextContent('Forespørselen til serveren mislyktes.');
    server.resetHandlers();
    await user.click(within(notice).getByRole('button', { name: 'Prøv igjen' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(footer()).not.toHaveTextContent('Innebygd kopi');
    expect(await findMunicipalityBox()).toBeInTheDocument();
  });

  it('given a body that is not valid JSON, then the app opens on the bundled copy and says the files were damaged', async () => {
    server.use(ratesMalformed);
    render(<App store={createAppStore({ today: TODAY })} />);
    const notice = await findFallbackNotice();
    expect(notice).toHaveTextContent('Filene fra serveren var skadet.');
    expect(within(notice).getByText(/^rates\.json: not valid JSON/)).toBeInTheDocument();
    expect(await findMunicipalityBox()).toBeInTheDocument();
    expect(footer()).toHaveTextContent('Innebygd kopi av referansedataene');
  });

  it('given valid JSON that is not a rate table, then the app opens on the bundled copy and names the field', async () => {
    server.use(ratesInvalid);
    render(<App store={createAppStore({ today: TODAY })} />);
    const notice = await findFallbackNotice();
    expect(notice).toHaveTextContent('Filene fra serveren var skadet.');
    expect(within(notice).getByText(/^rates\.json: rates: /)).toBeInTheDocument();
    expect(await findMunicipalityBox()).toBeInTheDocument();
  });

  it('given a server that does not answer, then after 8 seconds (not before) the request is aborted and the bundled copy used', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(municipalitiesSlow);
    render(<App store={createAppStore({ today: TODAY })} />);
    await act(() => vi.advanceTimersByTimeAsync(7_999));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Laster satser og kommunedata …')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1));
    // Testing Library waits with setTimeout: real timers again once the abort has fired.
    vi.useRealTimers();
    const notice = await findFallbackNotice();
    expect(notice).toHaveTextContent('Serveren svarte ikke innen 8 sekunder.');
    expect(within(notice).getByText('municipalities.json: request failed (no answer within 8 seconds)')).toBeInTheDocument();
    expect(await findMunicipalityBox()).toBeInTheDocument();
  });
});
