import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { budgetCell, gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';
import { chartsInView } from '../../in-view';

/** The grant chart, the first of the forecast's charts, and the bar segments its drawing holds. */
const grantChart = () => screen.getAllByRole('figure')[0]!;
const drawnSegments = () => grantChart().querySelectorAll('.recharts-bar-rectangle path').length;

/**
 * Stacked segments drawn (grant lines with a non-zero amount, one per year and line) for 9 or 10 single
 * adults settled in 2026 on the default ten-year plan, and with 10 more in 2031: the second edit
 * adds the 2031 cohort's segments in 2031–2035, 14 of them: the count stays 17 if the drawing does not follow.
 */
const SEGMENTS_2026 = 17;
const SEGMENTS_2026_AND_2031 = 31;

describe('an edit on the plan screen', { timeout: 45_000 }, () => {
  it('given the grant chart drawn for 10 single adults in 2026, when 10 more are entered for 2031, then the totals follow the edit and the drawing follows it with the segments of 2031', async () => {
    chartsInView();
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Enslige voksne 2026'), '10');
    await waitFor(() => expect(drawnSegments()).toBe(SEGMENTS_2026));
    await user.type(gridInput('Enslige voksne 2031'), '10');
    expect(budgetCell(/år 1, enslige voksne AR-1 EV$/, 2031)).not.toHaveTextContent(/^0$/);
    await waitFor(() => expect(drawnSegments()).toBe(SEGMENTS_2026_AND_2031));
  });

  it('given the grant chart drawn for 9 single adults in 2026, when places in the introduction programme are entered, which change no grant, then its drawing is not drawn again', async () => {
    chartsInView();
    const { user } = renderApp();
    await findMunicipalityBox();
    // One keystroke, so that no drawing of an earlier figure is still to come when the segment is taken.
    await user.type(gridInput('Enslige voksne 2026'), '9');
    await waitFor(() => expect(drawnSegments()).toBe(SEGMENTS_2026));
    const segment = grantChart().querySelector('.recharts-bar-rectangle path');
    await user.type(gridInput('Introduksjonsplasser 2026'), '5');
    // Longer than a redraw waits (the next frame, at most 100 ms): a redraw would replace the segments' nodes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(grantChart().querySelector('.recharts-bar-rectangle path')).toBe(segment);
    expect(drawnSegments()).toBe(SEGMENTS_2026);
  });
});
