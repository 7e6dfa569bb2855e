import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_MS, UpdatePrompt, type RegisterServiceWorker } from '../../../src/app/update-prompt';
import type { Locale } from '../../../src/i18n';
import { createAppStore, StoreProvider } from '../../../src/store';
import { TODAY } from '../render-app';

/** A stand-in for vite-plugin-pwa's registerSW: keeps the prompt's callback, and answers with a spy. */
function fakeRegistration() {
  const updateServiceWorker = vi.fn((_reloadPage?: boolean) => Promise.resolve());
  const found: { newVersion: () => void; registered: Parameters<RegisterServiceWorker>[0]['onRegisteredSW'] } = {
    newVersion: () => undefined,
    registered: () => undefined,
  };
  const register = vi.fn<RegisterServiceWorker>((options) => {
    found.newVersion = options.onNeedRefresh;
    found.registered = options.onRegisteredSW;
    return updateServiceWorker;
  });
  return { register, updateServiceWorker, found };
}

function renderPrompt(locale: Locale = 'nb') {
  const store = createAppStore({ today: TODAY });
  store.getState().setLocale(locale);
  const registration = fakeRegistration();
  render(
    <StoreProvider store={store}>
      <UpdatePrompt register={registration.register} />
    </StoreProvider>,
  );
  return { ...registration, user: userEvent.setup() };
}

const storedData = () => [
  Object.entries(localStorage).filter(([key]) => key.startsWith('bosettingsplan')),
  Object.entries(sessionStorage).filter(([key]) => key.startsWith('bosettingsplan')),
];

describe('the update prompt', () => {
  it('given no new version waiting, then the service worker is registered once and nothing is shown', () => {
    const { register } = renderPrompt();
    expect(register).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('given the app left open, then it asks the server for a new version every hour, and a failed check (offline) is no error', () => {
    vi.useFakeTimers();
    try {
      const { found } = renderPrompt();
      const update = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
      found.registered('/service-worker.js', { update } as unknown as ServiceWorkerRegistration);
      vi.advanceTimersByTime(UPDATE_CHECK_MS - 1);
      expect(update).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(update).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(2 * UPDATE_CHECK_MS);
      expect(update).toHaveBeenCalledTimes(3);
      expect(UPDATE_CHECK_MS).toBe(3_600_000);
    } finally {
      vi.clearAllTimers();
      vi.useRealTimers();
    }
  });

  it('given a new version waiting, when the planner presses «Senere», then the prompt goes and nothing reloads', async () => {
    const { found, updateServiceWorker, user } = renderPrompt();
    act(() => found.newVersion());
    expect(screen.getByRole('status')).toHaveTextContent('En ny versjon av Bosettingsplan er klar. Scenarioene dine er lagret og blir med over.');

    await user.click(screen.getByRole('button', { name: 'Senere' }));

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(updateServiceWorker).not.toHaveBeenCalled();
  });

  it('given a new version waiting, when the planner presses «Last inn ny versjon», then the new version is asked to take over and reload, and stored data is as it was', async () => {
    localStorage.setItem('bosettingsplan:test-marker', '{"kept":true}');
    sessionStorage.setItem('bosettingsplan:open', 's1');
    const { found, updateServiceWorker, user } = renderPrompt();
    act(() => found.newVersion());
    const before = storedData();

    await user.click(screen.getByRole('button', { name: 'Last inn ny versjon' }));

    expect(updateServiceWorker).toHaveBeenCalledExactlyOnceWith(true);
    expect(storedData()).toEqual(before);
    expect(localStorage.getItem('bosettingsplan:test-marker')).toBe('{"kept":true}');
    expect(sessionStorage.getItem('bosettingsplan:open')).toBe('s1');
  });

  it.each([
    ['nn', 'Ein ny versjon av Bosettingsplan er klar. Scenarioa dine er lagra og blir med over.', 'Last inn ny versjon', 'Seinare'],
    ['en', 'A new version of Bosettingsplan is ready. Your scenarios are saved and carry over.', 'Load the new version', 'Later'],
  ] as const)('given the UI in %s and a new version waiting, then the prompt speaks it', async (locale, text, reload, later) => {
    const { found } = renderPrompt(locale);
    act(() => found.newVersion());
    expect(await screen.findByRole('button', { name: later })).toBeVisible();
    expect(screen.getByRole('button', { name: reload })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });
});
