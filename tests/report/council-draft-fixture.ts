import { projectRange, projectScenario, type Scenario } from '../../src/engine';
import { en } from '../../src/i18n/en';
import { nb, type Messages } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';
import { mergeMessages } from '../../src/i18n/translation';
import { formatter } from '../../src/lib/format';
import type { Locale } from '../../src/lib/locale';
import { councilDraft, type CouncilDraftInput } from '../../src/report/council-draft';
import type { PredictabilityValue } from '../../src/report/predictability';
import type { SavedVersion } from '../../src/scenario/versions';
import { FLAT_2017, scenario } from '../builders';

/**
 * A plan for 2026–2029 at the 2017 rates (all verified, so no estimate and no range): 26 persons
 * a year (10 single adults, 6 adults in families, 8 children, 2 minors), IMDi's request of 30 in
 * 2026, the council's decision of 26 «and up to 10 % more» (28), 8 dwellings at start.
 */
export const PLAN: Scenario = scenario(2026, 4, {
  years: [
    { singleAdults: 10, adultsInFamilies: 6, children: 8, unaccompaniedMinors: 2, request: 30, decision: 26, decisionMarginPercent: 10 },
    { singleAdults: 10, adultsInFamilies: 6, children: 8, unaccompaniedMinors: 2 },
    { singleAdults: 10, adultsInFamilies: 6, children: 8, unaccompaniedMinors: 2 },
    { singleAdults: 10, adultsInFamilies: 6, children: 8, unaccompaniedMinors: 2 },
  ],
  housing: { dwellingsAtStart: 8 },
  costs: { programmeCostPerPlaceYear: 200_000, administrationPerYear: 1_000_000 },
});

const MESSAGES: Record<Locale, Messages> = { nb, nn: mergeMessages(nb, nn), en: mergeMessages(nb, en) };

export function draftOf(plan: Scenario, locale: Locale = 'nb', predictability: PredictabilityValue | null = null, municipality: string | null = 'Kongsberg kommune', versions: readonly SavedVersion[] = []) {
  const input: CouncilDraftInput = {
    scenario: plan,
    municipality,
    projection: projectScenario(plan, FLAT_2017),
    range: projectRange(plan, FLAT_2017),
    reference: FLAT_2017,
    predictability,
    versions,
    messages: MESSAGES[locale],
    format: formatter(locale),
  };
  return councilDraft(input);
}

/** Non-breaking spaces as spaces, so that expected texts read plainly. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
