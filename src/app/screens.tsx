import type { ReactNode } from 'react';
import { Forecast } from '../features/forecast';
import { Predictability } from '../features/predictability';
import { Rates } from '../features/rates';
import { ScenarioEditor } from '../features/scenario-editor';
import { ScenarioSwitcher, Scenarios } from '../features/scenarios';
import type { Messages } from '../i18n';

/** The screens of the app, in the order of the navigation. Each is a route under `#/`. */
export interface Screen {
  readonly route: string;
  readonly label: (t: Messages) => string;
  readonly render: () => ReactNode;
}

export const SCREENS: readonly Screen[] = [
  {
    route: '',
    label: (t) => t.nav.plan,
    render: () => (
      <>
        <ScenarioSwitcher />
        <ScenarioEditor />
        <Forecast />
      </>
    ),
  },
  { route: 'scenarioer', label: (t) => t.workspace.nav, render: () => <Scenarios /> },
  { route: 'satser', label: (t) => t.nav.rates, render: () => <Rates /> },
  { route: 'forutsigbarhet', label: (t) => t.nav.predictability, render: () => <Predictability /> },
];
