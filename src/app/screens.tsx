import { lazy, type ComponentType, type ReactNode } from 'react';
import { Forecast, KeyFigureBar, preloadForecastDrawings } from '../features/forecast';
import { ScenarioEditor } from '../features/scenario-editor';
import { ScenarioSwitcher } from '../features/scenarios/scenario-switcher';
import type { Messages } from '../i18n';

/** The screens of the app, in the order of the navigation. Each is a route under `#/`. */
export interface Screen {
  readonly route: string;
  readonly label: (t: Messages) => string;
  readonly render: () => ReactNode;
  /** False for a screen reached only by a link (a shared scenario), not from the navigation. */
  readonly inNav: boolean;
  /** Starts loading what the screen shows after its first paint (the charts' drawings), while its data loads. */
  readonly preload?: () => void;
}

/**
 * A screen other than the plan is loaded when first opened, so that the first screen's
 * JavaScript stays within its budget (scripts/bundle-size.mjs).
 */
function later<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  const Lazy = lazy(async () => {
    const component: ComponentType = (await load())[name];
    return { default: component };
  });
  return () => <Lazy />;
}

/** "Del lenke" on the plan screen; it brings lz-string, so it comes just after the screen. */
const ShareLink = later(() => import('../features/shared-link/share-button'), 'ShareLinkButton');

export const SCREENS: readonly Screen[] = [
  {
    route: '',
    label: (t) => t.nav.plan,
    inNav: true,
    preload: preloadForecastDrawings,
    render: () => (
      <>
        <KeyFigureBar />
        <ScenarioSwitcher />
        <ShareLink />
        <ScenarioEditor />
        <Forecast />
      </>
    ),
  },
  {
    route: 'scenarioer',
    label: (t) => t.workspace.nav,
    inNav: true,
    render: later(() => import('../features/scenarios/scenarios'), 'Scenarios'),
  },
  {
    route: 'sammenlign',
    label: (t) => t.compare.nav,
    inNav: true,
    render: later(() => import('../features/compare'), 'Compare'),
  },
  { route: 'satser', label: (t) => t.nav.rates, inNav: true, render: later(() => import('../features/rates'), 'Rates') },
  {
    route: 'forutsigbarhet',
    label: (t) => t.nav.predictability,
    inNav: true,
    render: later(() => import('../features/predictability'), 'Predictability'),
  },
  {
    route: 'delt',
    label: (t) => t.sharedLink.nav,
    inNav: false,
    render: later(() => import('../features/shared-link'), 'SharedScenario'),
  },
  { route: 'mote', label: (t) => t.meeting.nav, inNav: true, render: later(() => import('../features/meeting'), 'Meeting') },
  {
    route: 'utskrift',
    label: (t) => t.budgetSummary.nav,
    inNav: true,
    render: later(() => import('../features/budget-summary'), 'BudgetSummary'),
  },
];
