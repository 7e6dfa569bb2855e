import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findMunicipalityBox, renderApp } from './render-app';

describe('moving between screens', { timeout: 30_000 }, () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('given a link of the navigation followed, then the focus goes to the top of the new screen, not left on the link', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    const nav = screen.getByRole('navigation', { name: 'Skjermbilder' });
    await user.click(within(nav).getByRole('link', { name: 'Satser' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
    expect(await screen.findByRole('heading', { level: 2, name: 'Satser' })).toBeInTheDocument();
  });

  it('given the first screen opened, then the focus is left where the browser puts it', async () => {
    renderApp();
    await findMunicipalityBox();
    expect(document.activeElement).toBe(document.body);
  });
});
