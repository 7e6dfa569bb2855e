export { Scenarios } from './scenarios';
export { ScenarioSwitcher } from './scenario-switcher';
export { readScenarioFile, scenarioFileName, scenarioFileText, slug, uniqueName } from '../../scenario/scenario-file';
