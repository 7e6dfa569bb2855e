export { Predictability } from './predictability';
export { needShare } from './share';
export { toSimulationInput, DEFAULT_OPTIONS } from './options';
export { parseOptionsForm, toForm } from './options-parse';
