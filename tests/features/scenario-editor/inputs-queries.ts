import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { findMunicipalityBox } from '../render-app';

/** Opens a section of inputs under the grid by its disclosure button ("Sammensetning", …). */
export async function openSection(user: UserEvent, name: string): Promise<void> {
  await findMunicipalityBox();
  await user.click(screen.getByRole('button', { name: new RegExp(`^${name}`), expanded: false }));
}

/** A text field by its label. */
export const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

/** Selects what a field holds and types over it, then leaves it with Tab (which stores it). */
export async function retype(user: UserEvent, input: HTMLElement, text: string): Promise<void> {
  await user.tripleClick(input);
  await user.keyboard(text);
  await user.tab();
}
