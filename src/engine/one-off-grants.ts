import { addTo, newLine, type GrantContext, type Line } from './lines';

/**
 * One-off grants in year 1 (docs/model.md#elderly-and-kindergarten-grants; IMDi's circular):
 * elderly grant (eldretilskudd) per adult aged 60+ at settlement = adults × share 60+ × rate;
 * kindergarten grant (barnehagetilskudd) per child aged 0–5 = children × share 0–5 × rate.
 * The reunified count as adults or children of their arrival year.
 */
export function oneOffGrants({ scenario, cohorts, book }: GrantContext): { elderly: Line; kindergarten: Line } {
  const years = cohorts.length;
  const elderly = newLine(years);
  const kindergarten = newLine(years);
  const { composition, policy } = scenario;
  cohorts.forEach((c, y) => {
    const rates = book.table(scenario.startYear + y);
    const adults = c.singleAdults + c.adultsInFamilies + c.reunifiedAdults;
    addTo(elderly, y, adults * composition.adultsAged60Plus, rates.elderly, policy.grantScale.elderly);
    const children = c.children + c.reunifiedChildren;
    addTo(kindergarten, y, children * composition.childrenAged0to5, rates.kindergarten, policy.grantScale.kindergarten);
  });
  return { elderly, kindergarten };
}
