export { Predictability } from './predictability';
export { toSpreadSeries, toMismatchSeries } from './value-series';
export { toRecordSeries } from './record-series';
export { toTornadoSeries } from './tornado-series';
export { toLargestFinding } from './largest-series';
export { needShare } from './share';
export { toSimulationInput, DEFAULT_OPTIONS } from './options';
export { parseOptionsForm, toForm } from './options-parse';
