import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_EDITS_KEY, reloadDraftEdits } from '../../../src/features/council-draft/draft-edits';
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

const proposalField = () => screen.getByRole('textbox', { name: 'Tekst: Forslag til vedtak' });
const resetProposal = () => screen.getByRole('button', { name: /^Tilbakestill til forslaget ?\(Forslag til vedtak\)$/ });

describe('the council draft screen', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.location.hash = '';
    reloadDraftEdits();
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
    reloadDraftEdits();
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

  it('given damaged stored edits, then the draft opens as drafted; given an edit saved by another tab, then it shows here', async () => {
    localStorage.setItem(DRAFT_EDITS_KEY, '{"x": {"proposal": 3}, "y": [');
    reloadDraftEdits();
    const { store } = await openDraft();
    expect(plain((proposalField() as HTMLTextAreaElement).value)).toMatch(/^1\. Trondheim - Tråante kommune bosetter 12/);
    const id = store.getState().currentId;
    const saved = JSON.stringify({ [id]: { proposal: { text: 'Fra den andre fanen.', base: '' } } });
    localStorage.setItem(DRAFT_EDITS_KEY, saved);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: DRAFT_EDITS_KEY, newValue: saved })));
    expect(proposalField()).toHaveValue('Fra den andre fanen.');
  });
});
