import type { Messages } from '../nb';
import type { Translation } from '../translation';
import { budgetSummary } from './budget-summary';
import { circular } from './circular';
import { compare } from './compare';
import { core } from './core';
import { forecastCharts } from './forecast-charts';
import { inputs } from './inputs';
import { meeting } from './meeting';
import { predictability } from './predictability';
import { rates } from './rates';
import { sharedLink } from './shared-link';
import { workspace } from './workspace';

/** Every string of the UI in nynorsk (Språkrådet's norm), file for file as the bokmål ones. */
export const nn = {
  ...core,
  inputs,
  rates,
  circular,
  forecastCharts,
  predictability,
  workspace,
  compare,
  sharedLink,
  meeting,
  budgetSummary,
} satisfies Translation<Messages>;
