import type { Messages } from '../nb';
import type { Translation } from '../translation';
import { budgetSummary } from './budget-summary';
import { planInputs } from './plan-inputs';
import { circular } from './circular';
import { compare } from './compare';
import { councilDraft } from './council-draft';
import { first } from './first';
import { meeting } from './meeting';
import { predictability } from './predictability';
import { rates } from './rates';
import { sharedLink } from './shared-link';
import { versions } from './versions';

/** Every string of the UI in nynorsk (Språkrådet's norm), file for file as the bokmål ones. */
export const nn = {
  ...first,
  rates,
  circular,
  predictability,
  compare,
  sharedLink,
  versions,
  meeting,
  budgetSummary,
  planInputs,
  councilDraft,
} satisfies Translation<Messages>;
