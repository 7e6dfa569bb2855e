import { lazy, type ComponentType, type ReactNode } from 'react';
import { Forecast, KeyFigureBar, preloadForecastDrawings } from '../features/forecast';
import { ScenarioEditor } from '../features/scenario-editor';
import { ScenarioSwitcher } from '../features/scenarios/scenario-switcher';
import { loadSections, type LazySection, type Messages } from '../i18n';

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
 * A screen other than the plan is loaded when first opened, with the sections of the strings it
 * shows, so that the first screen's JavaScript stays within its budget (scripts/bundle-size.mjs).
 */
function later<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name, strings: readonly LazySection[]) {
  const Lazy = lazy(async () => {
    const [module] = await Promise.all([load(), loadSections(strings)]);
    const component: ComponentType = module[name];
    return { default: component };
  });
  return () => <Lazy />;
}

/** "Del lenke" on the plan screen; it brings lz-string, so it comes just after the screen. */
const ShareLink = later(() => import('../features/shared-link/share-button'), 'ShareLinkButton', ['sharedLink']);

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
    render: later(() => import('../features/scenarios/scenarios'), 'Scenarios', ['sharedLink', 'versions', 'rates']),
  },
  {
    route: 'sammenlign',
    label: (t) => t.nav.compare,
    inNav: true,
    render: later(() => import('../features/compare'), 'Compare', ['compare']),
  },
  { route: 'satser', label: (t) => t.nav.rates, inNav: true, render: later(() => import('../features/rates'), 'Rates', ['rates', 'circular']) },
  {
    route: 'forutsigbarhet',
    label: (t) => t.nav.predictability,
    inNav: true,
    render: later(() => import('../features/predictability'), 'Predictability', ['predictability']),
  },
  {
    route: 'delt',
    label: (t) => t.nav.sharedLink,
    inNav: false,
    render: later(() => import('../features/shared-link'), 'SharedScenario', ['sharedLink']),
  },
  { route: 'mote', label: (t) => t.nav.meeting, inNav: true, render: later(() => import('../features/meeting'), 'Meeting', ['meeting', 'predictability']) },
  {
    route: 'saksframlegg',
    label: (t) => t.nav.councilDraft,
    inNav: true,
    render: later(() => import('../features/council-draft'), 'CouncilDraftScreen', ['councilDraft', 'budgetSummary', 'rates', 'predictability', 'versions']),
  },
  {
    route: 'utskrift',
    label: (t) => t.nav.budgetSummary,
    inNav: true,
    render: later(() => import('../features/budget-summary'), 'BudgetSummary', ['budgetSummary', 'planInputs', 'rates', 'versions']),
  },
];
