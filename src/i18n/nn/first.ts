import type { Messages } from '../nb';
import type { Translation } from '../translation';
import { core } from './core';
import { forecastCharts } from './forecast-charts';
import { inputs } from './inputs';
import { workspace } from './workspace';

/** The nynorsk strings of the first screen (see ../index.ts): the rest come with their screens. */
export const first = {
  ...core,
  inputs,
  forecastCharts,
  workspace,
} satisfies Translation<Messages>;
