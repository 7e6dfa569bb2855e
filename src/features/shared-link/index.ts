export { SharedScenario } from './shared-scenario';
export { ShareLinkButton } from './share-button';
export { readSharedHash, selectSharedView, personsTable, sharedBudgetRows, type SharedView } from './selectors';
export { shareScenario, type ShareOutcome } from './share';
