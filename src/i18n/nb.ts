import { core } from './nb-core';
import { inputs } from './nb-inputs';
import { rates } from './nb-rates';
import { circular } from './nb-circular';
import { forecastCharts } from './nb-forecast-charts';
import { predictability } from './nb-predictability';
import { workspace } from './nb-workspace';
import { compare } from './nb-compare';
import { sharedLink } from './nb-shared-link';
import { versions } from './nb-versions';
import { meeting } from './nb-meeting';
import { budgetSummary } from './nb-budget-summary';
import { planInputs } from './nb-plan-inputs';
import { councilDraft } from './nb-council-draft';

/**
 * Every string the UI shows, in bokmål. Nynorsk and English will be objects of the same type
 * (`Messages`); components read them through `useMessages()`, never as literals.
 */
export const nb = {
  ...core,
  inputs,
  rates,
  circular,
  forecastCharts,
  predictability,
  workspace,
  compare,
  sharedLink,
  versions,
  meeting,
  budgetSummary,
  planInputs,
  councilDraft,
};

/** The shape every language must have. */
export type Messages = typeof nb;
