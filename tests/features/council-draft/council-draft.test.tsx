import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { LEGACY_DRAFT_EDITS_KEY, STORAGE_KEY } from '../../../src/store';
import { renderApp } from '../render-app';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The app on the draft screen with a one-year plan for 2026 in Trondheim: 12 single adults, IMDi's request of 15, a decision of 12 and up to 10 % more. */
async function openDraft() {
  window.location.hash = '#/';
  const app = renderApp();
  await screen.findByRole('combobox', { name: 'Kommune' }, { timeout: 10_000 });
  const state = app.store.getState();
  state.setMunicipality('5001');
  state.setStartYear(2026);
  state.setHorizon(1);
  state.setYearField(0, 'singleAdults', 12);
  state.setYearField(0, 'request', 15);
  state.setYearField(0, 'decision', 12);
  state.setYearField(0, 'decisionMarginPercent', 10);
  window.location.hash = '#/saksframlegg';
  await screen.findByRole('heading', { name: 'Saksframlegg: svar på IMDis anmodning' }, { timeout: 10_000 });
  return app;
}

/** A stored state as an earlier version of the app left it: the plan, and no draft edits in it (they were kept under their own key). */
async function storedByEarlierVersion() {
  const { unmount } = await openDraft();
  unmount();
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown>; version: number };
  delete stored.state.draftEdits;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
}

const proposalField = () => screen.getByRole('textbox', { name: 'Tekst: Forslag til vedtak' });
const resetProposal = () => screen.getByRole('button', { name: /^Tilbakestill til forslaget ?\(Forslag til vedtak\)$/ });

describe('the council draft screen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('given the plan, then the draft proposes the decision with its margin and shows the persons per year by type', async () => {
    await openDraft();
    expect(plain((await screen.findByRole('textbox', { name: 'Tekst: Forslag til vedtak' })).textContent)).toBe(
      '1. Trondheim - Tråante kommune bosetter 12 flyktninger i 2026, med inntil 10 % flere (høyst 13 personer).\n\n2. Familiegjenforente kommer i tillegg til tallene over.',
    );
    const persons = screen.getByRole('table', { name: 'Personer per år etter type' });
    const row = within(persons).getByRole('row', { name: /^2026/ });
    expect(within(row).getAllByRole('cell').map((c) => plain(c.textContent))).toEqual(['12', '0', '0', '0', '12', '15', '12 (inntil 10 % flere: 13)']);
    expect(screen.getByRole('link', { name: 'Kjør analysen av forutsigbarhet' })).toHaveAttribute('href', '#/forutsigbarhet');
  });

  it('given an edited section, then it says so, the edit outlives a visit to the plan and a reload, and reset brings the draft back', async () => {
    const { user, unmount } = await openDraft();
    expect(resetProposal()).toBeDisabled();
    await user.clear(proposalField());
    await user.type(proposalField(), 'Kommunestyret bosetter 12.');
    expect(proposalField()).toHaveValue('Kommunestyret bosetter 12.');
    expect(screen.getByText('Redigert: tallene her følger ikke lenger planen av seg selv.')).toBeInTheDocument();

    window.location.hash = '#/';
    await screen.findByRole('combobox', { name: 'Kommune' });
    window.location.hash = '#/saksframlegg';
    expect(await screen.findByRole('textbox', { name: 'Tekst: Forslag til vedtak' })).toHaveValue('Kommunestyret bosetter 12.');

    unmount();
    await openDraft();
    expect(proposalField()).toHaveValue('Kommunestyret bosetter 12.');

    await user.click(resetProposal());
    expect(plain((proposalField() as HTMLTextAreaElement).value)).toMatch(/^1\. Trondheim - Tråante kommune bosetter 12 flyktninger i 2026/);
    expect(proposalField()).toHaveFocus();
    expect(resetProposal()).toBeDisabled();
    expect(screen.queryByText('Redigert: tallene her følger ikke lenger planen av seg selv.')).not.toBeInTheDocument();
  });

  it('given an edit and then a change to the plan, then the section says the plan has changed since', async () => {
    const { user, store } = await openDraft();
    await user.type(proposalField(), ' Tillegg.');
    store.getState().setYearField(0, 'decision', 14);
    expect(await screen.findByText('Planen er endret etter at du redigerte denne teksten. Tilbakestill for å få med de nye tallene.')).toBeInTheDocument();
    expect(plain((proposalField() as HTMLTextAreaElement).value)).toMatch(/Tillegg\.$/);
  });

  it('given «Kopier teksten», then the whole draft is on the clipboard with its tables as tab-separated lines, and the screen says so', async () => {
    const { user } = await openDraft();
    await user.click(screen.getByRole('button', { name: 'Kopier teksten' }));
    expect(await screen.findByText('Teksten er kopiert.')).toHaveAttribute('role', 'status');
    const text = plain(await navigator.clipboard.readText());
    expect(text.startsWith('Trondheim - Tråante kommune: bosetting av flyktninger 2026 – svar på anmodning fra IMDi\nVersjon: Gjeldende utgave, ikke lagret som versjon\n\n\nSaken gjelder\n\nIMDi har anmodet')).toBe(true);
    expect(text).toContain('\n2026\t12\t0\t0\t0\t12\t15\t12 (inntil 10 % flere: 13)\n');
  });

  it('given damaged edits kept by an earlier version of the app, then the draft opens as drafted', async () => {
    await storedByEarlierVersion();
    localStorage.setItem(LEGACY_DRAFT_EDITS_KEY, '{"s1": {"proposal": 3}, "y": [');
    await openDraft();
    expect(plain((proposalField() as HTMLTextAreaElement).value)).toMatch(/^1\. Trondheim - Tråante kommune bosetter 12/);
  });

  it('given an edit saved by another tab, when this tab hears of it, then it shows here', async () => {
    const { store } = await openDraft();
    const id = store.getState().currentId;
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: Record<string, unknown>; version: number };
    const saved = JSON.stringify({ ...stored, state: { ...stored.state, draftEdits: { [id]: { proposal: { text: 'Fra den andre fanen.', base: '' } } } } });
    localStorage.setItem(STORAGE_KEY, saved);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: saved, storageArea: localStorage })));
    expect(await screen.findByRole('textbox', { name: 'Tekst: Forslag til vedtak' })).toHaveValue('Fra den andre fanen.');
  });

  it('given edits kept by an earlier version of the app under their own key, then the draft shows them and they are kept with the scenarios from then on', async () => {
    await storedByEarlierVersion();
    localStorage.setItem(LEGACY_DRAFT_EDITS_KEY, JSON.stringify({ s1: { proposal: { text: 'Fra før.', base: '' } }, gone: { proposal: { text: 'Slettet.', base: '' } } }));
    const { store } = await openDraft();
    expect(store.getState().currentId).toBe('s1');
    expect(proposalField()).toHaveValue('Fra før.');
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: { draftEdits?: unknown } };
    expect(stored.state.draftEdits).toEqual({ s1: { proposal: { text: 'Fra før.', base: '' } } });
  });

  it('given an edited draft, when the scenario is duplicated, then the copy’s draft has the edit; when the original is deleted and the app reloads, then only the copy’s edits are kept', async () => {
    const { user, store, unmount } = await openDraft();
    await user.clear(proposalField());
    await user.type(proposalField(), 'Vedtak A.');
    const original = store.getState().currentId;
    const copy = store.getState().duplicateScenario(original, 'Kopi') ?? '';
    expect(await screen.findByRole('textbox', { name: 'Tekst: Forslag til vedtak' })).toHaveValue('Vedtak A.');
    expect(store.getState().currentId).toBe(copy);
    act(() => void store.getState().deleteScenario(original));
    unmount();
    const reloaded = renderApp();
    await screen.findByRole('textbox', { name: 'Tekst: Forslag til vedtak' }, { timeout: 10_000 });
    expect(reloaded.store.getState().draftEdits).toEqual({ [copy]: { proposal: { text: 'Vedtak A.', base: expect.any(String) as string } } });
  });
});
