import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatter } from '../../../src/lib/format';
import { gridInput } from '../budget-queries';
import { findMunicipalityBox, renderApp } from '../render-app';

/**
 * Each forecast chart's title against the numbers of its own table, as the planner reads them
 * (issue 12, item 4): the claim is recomputed from the table's cells by the title's rule.
 */
const { formatMillionKroner, formatNumber } = formatter('nb');
const figures = () => screen.getAllByRole('figure');
const titleOf = (figure: HTMLElement) => within(figure).getAllByRole('heading')[0]?.textContent ?? '';

/** A table's body rows as [header, ...cells] text, the table opened first. */
async function tableOf(user: UserEvent, figure: HTMLElement): Promise<string[][]> {
  await user.click(within(figure).getByText('Vis tallene som tabell'));
  const table = within(figure).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', ...within(row).getAllByRole('cell').map((c) => c.textContent ?? '')]);
}
const num = (text: string) => Number(text.replace(/[\s\u00a0]/g, '').replace('−', '-').replace(',', '.'));
const yearOf = (header: string) => Number(header.slice(0, 4));

/** A plan whose grants rise to its last year, with a dip in the net below 2 % and places short. */
async function enterPlan(user: UserEvent) {
  await findMunicipalityBox();
  for (let year = 2026; year <= 2035; year += 1) await user.type(gridInput(`Enslige voksne ${year}`), String(10 + (year - 2026) * 2));
  await user.type(gridInput('Voksne i familier 2026'), '20');
  await user.type(gridInput('Introduksjonsplasser 2026'), '5');
}

describe('chart titles that are true', { timeout: 120_000 }, () => {
  it('given a plan, then each title states what its own table shows', async () => {
    const { user } = renderApp();
    await enterPlan(user);
    const [grants, budget, residence, housing, programme] = figures() as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];

    // Grants: the yearly totals (last column); a peak only if a later year is lower.
    const grantRows = await tableOf(user, grants);
    const totals = grantRows.map((r) => num(r.at(-1) ?? ''));
    const top = totals.indexOf(Math.max(...totals));
    const topYear = yearOf(grantRows[top]?.[0] ?? '');
    const amount = formatMillionKroner(totals[top] ?? 0);
    expect(totals.at(-1)).toBe(Math.max(...totals)); // this plan's grants rise to the horizon
    expect(titleOf(grants)).toBe(`Tilskuddene stiger fortsatt i planens siste år, ${topYear}: ${amount}`);
    expect(topYear).toBe(2035);

    // Budget: a deficit is named only above 2 % of the year's grants.
    const budgetRows = await tableOf(user, budget);
    const material = budgetRows.find((r) => -num(r[3] ?? '') > 0.02 * num(r[1] ?? '') && -num(r[3] ?? '') >= 50_000);
    const cumulative = formatMillionKroner(num(budgetRows.at(-1)?.[4] ?? ''));
    const title = titleOf(budget);
    if (material === undefined) expect(title).not.toMatch(/første gang/);
    else expect(title).toBe(`Kostnadene blir større enn tilskuddene første gang i ${yearOf(material[0] ?? '')}, med ${formatMillionKroner(-num(material[3] ?? ''))}; netto til sammen i 2035 er ${cumulative}`);
    expect(title).toContain(cumulative);
    expect(title).toContain('2035');
    expect(within(budget).getByText(/mer enn 2\s%\sav årets tilskudd og minst 50\s000\skr/)).toBeInTheDocument();

    // Persons: every row's parts add up to its sum as shown; the title quotes «Botid 1–5 år i alt».
    const personRows = await tableOf(user, residence);
    for (const row of personRows) {
      const [y1, y2, y3, y4, y5, grantYears, y6, total] = row.slice(1).map(num) as number[];
      expect((y1 ?? 0) + (y2 ?? 0) + (y3 ?? 0) + (y4 ?? 0) + (y5 ?? 0)).toBe(grantYears);
      expect((grantYears ?? 0) + (y6 ?? 0)).toBe(total);
    }
    const inGrantYears = personRows.map((r) => num(r[6] ?? ''));
    const most = Math.max(...inGrantYears);
    const mostYear = yearOf(personRows[inGrantYears.indexOf(most)]?.[0] ?? '');
    const residenceTitle = titleOf(residence);
    expect(residenceTitle).toContain(formatNumber(most));
    expect(residenceTitle).toContain(String(mostYear));
    if ((inGrantYears.at(-1) ?? 0) < most) expect(residenceTitle).toBe(`Flest personer i tilskuddsårene (botid 1–5 år) i ${mostYear}: ${formatNumber(most)}`);
    else expect(residenceTitle).not.toMatch(/^Flest personer i tilskuddsårene \(botid 1–5 år\) i \d{4}:/);

    // Housing and programme: the first month the table shows someone short, and the worst.
    for (const [figure, claim] of [
      [housing, (m: string, w: string) => `Boligene strekker ikke til fra ${m}, ${w} husstander på det verste`],
      [programme, (m: string, w: string) => `Plassene strekker ikke til fra ${m}, ${w} venter på det meste`],
    ] as const) {
      const rows = await tableOf(user, figure);
      const short = rows.map((r) => num(r[3] ?? ''));
      const first = rows[short.findIndex((s) => s >= 1)]?.[0] ?? '';
      expect(titleOf(figure)).toBe(claim(first, formatNumber(Math.max(...short))));
    }
  });

  it('given grants that fall after their highest year, then the title says they peak there, with the table’s total', async () => {
    const { user } = renderApp();
    await findMunicipalityBox();
    await user.type(gridInput('Voksne i familier 2026'), '20');
    const grants = figures()[0]!;
    const rows = await tableOf(user, grants);
    const totals = rows.map((r) => num(r.at(-1) ?? ''));
    const top = totals.indexOf(Math.max(...totals));
    expect(totals.at(-1)).toBeLessThan(Math.max(...totals));
    expect(titleOf(grants)).toBe(`Tilskuddene topper seg i ${yearOf(rows[top]?.[0] ?? '')} med ${formatMillionKroner(totals[top] ?? 0)}`);
  });
});
