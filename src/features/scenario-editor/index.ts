export { ScenarioEditor } from './scenario-editor';
export { filterMunicipalities, toSearchable } from './municipality-filter';
